from odoo import fields, models


class CsdSlaEscalationStep(models.Model):
    _name = "csd.sla.escalation.step"
    _description = "SLA Escalation Step"
    _order = "policy_id, delay_hours, sequence, id"

    policy_id = fields.Many2one(
        "csd.sla.policy", required=True, ondelete="cascade", index=True
    )
    sequence = fields.Integer(default=10)
    delay_hours = fields.Float(
        string="After (hours)",
        help="Hours after the breach at which this step runs (0: at once).",
    )
    notify = fields.Selection(
        [
            ("assignee", "Assignee"),
            ("team_leader", "Team Leader / Supervisor"),
            ("department_manager", "Department Manager"),
            ("user", "Specific User"),
        ],
        required=True,
        default="assignee",
        help="Department manager: the manager of the assignee's department "
        "(else of the customer service department).",
    )
    user_id = fields.Many2one("res.users")
    note = fields.Char(
        string="Instruction", translate=True, help="Shown in the activity created."
    )
