from odoo import fields, models


class CsdDepartmentGoal(models.Model):
    _name = "csd.department.goal"
    _description = "Department Goal"
    _order = "department_id, sequence, id"

    sequence = fields.Integer(default=10)
    department_id = fields.Many2one(
        "hr.department", required=True, ondelete="cascade", index=True
    )
    name = fields.Char(string="Goal", required=True, translate=True)
    is_overall = fields.Boolean(
        string="Overall Goal",
        help="The department's overall goal (总目标); the others break it down "
        "(目标分解).",
    )
    description = fields.Text(translate=True)
