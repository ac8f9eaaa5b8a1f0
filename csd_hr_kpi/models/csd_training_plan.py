from odoo import fields, models


class CsdTrainingPlan(models.Model):
    """Annual or monthly training plan (培训计划)."""

    _name = "csd.training.plan"
    _description = "Training Plan"
    _inherit = ["mail.thread"]
    _order = "date_from desc, id desc"

    name = fields.Char(required=True, tracking=True)
    plan_type = fields.Selection(
        [("annual", "Annual"), ("monthly", "Monthly")],
        string="Plan",
        required=True,
        default="monthly",
    )
    date_from = fields.Date(required=True)
    date_to = fields.Date(required=True)
    parent_id = fields.Many2one(
        "csd.training.plan",
        string="Annual plan",
        domain="[('plan_type', '=', 'annual')]",
        help="The annual plan this monthly plan carries out.",
    )
    department_id = fields.Many2one("hr.department")
    responsible_id = fields.Many2one("res.users", default=lambda self: self.env.user)
    objective = fields.Text(help="What the plan answers: needs and goals.")
    session_ids = fields.One2many("csd.training.session", "plan_id")
    state = fields.Selection(
        [("draft", "Draft"), ("approved", "Approved"), ("done", "Done")],
        default="draft",
        required=True,
        tracking=True,
    )
    adjustment = fields.Text(
        help="Adjustments decided from the effect evaluation (培训调整)."
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )

    def action_approve(self):
        self.state = "approved"

    def action_done(self):
        self.state = "done"
