from odoo import api, fields, models

INCIDENT_TYPES = [
    ("natural_disaster", "Natural Disaster"),
    ("network_failure", "Network Failure"),
    ("system_failure", "System Failure"),
    ("major_complaint", "Major Complaint"),
    ("other", "Other"),
]


class CsdEmergencyPlan(models.Model):
    _name = "csd.emergency.plan"
    _description = "Emergency Plan"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "sequence, id"

    sequence = fields.Integer(default=10)
    name = fields.Char(required=True, translate=True, tracking=True)
    active = fields.Boolean(default=True)
    incident_type = fields.Selection(
        INCIDENT_TYPES, required=True, index=True, tracking=True
    )
    objective = fields.Text(translate=True)
    organisation = fields.Text(
        translate=True,
        help="Who leads and who takes part when the plan is activated.",
    )
    role_ids = fields.One2many(
        "csd.emergency.plan.role", "plan_id", string="Roles", copy=True
    )
    step_ids = fields.One2many(
        "csd.emergency.plan.step", "plan_id", string="Steps", copy=True
    )
    drill_ids = fields.One2many("csd.emergency.drill", "plan_id", string="Drills")
    incident_ids = fields.One2many(
        "csd.emergency.incident", "plan_id", string="Incidents"
    )
    drill_count = fields.Integer(compute="_compute_counts")
    incident_count = fields.Integer(compute="_compute_counts")
    last_drill_date = fields.Date(compute="_compute_counts")

    @api.depends("drill_ids.state", "drill_ids.date_done", "incident_ids")
    def _compute_counts(self):
        for plan in self:
            done = plan.drill_ids.filtered(lambda d: d.state == "done")
            plan.drill_count = len(plan.drill_ids)
            plan.incident_count = len(plan.incident_ids)
            plan.last_drill_date = max(done.mapped("date_done"), default=False)
