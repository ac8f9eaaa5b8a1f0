from odoo import fields, models


class CsdTicketSlaEscalation(models.Model):
    """A step of the ladder done for one ticket target: the marker that makes
    the sweep run each step exactly once, even when interrupted and rerun."""

    _name = "csd.ticket.sla.escalation"
    _description = "SLA Escalation Done"
    _order = "id"

    line_id = fields.Many2one(
        "csd.ticket.sla", required=True, ondelete="cascade", index=True
    )
    step_id = fields.Many2one(
        "csd.sla.escalation.step", required=True, ondelete="cascade"
    )
    user_id = fields.Many2one("res.users", string="Notified")
    date = fields.Datetime(default=fields.Datetime.now, required=True)

    _sql_constraints = [
        ("step_uniq", "unique(line_id, step_id)", "Each step runs once per target.")
    ]
