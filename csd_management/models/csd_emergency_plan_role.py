from odoo import fields, models


class CsdEmergencyPlanRole(models.Model):
    _name = "csd.emergency.plan.role"
    _description = "Emergency Plan Role"
    _order = "plan_id, sequence, id"

    sequence = fields.Integer(default=10)
    plan_id = fields.Many2one(
        "csd.emergency.plan", required=True, ondelete="cascade", index=True
    )
    name = fields.Char(string="Role", required=True, translate=True)
    job_id = fields.Many2one("hr.job", string="Position")
    employee_id = fields.Many2one("hr.employee", string="Named Person")
    responsibility = fields.Text(translate=True)
