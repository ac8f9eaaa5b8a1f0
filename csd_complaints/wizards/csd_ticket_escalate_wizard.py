from odoo import fields, models


class CsdTicketEscalateWizard(models.TransientModel):
    _name = "csd.ticket.escalate.wizard"
    _description = "Escalate a Complaint"

    ticket_id = fields.Many2one("helpdesk.ticket", required=True)
    escalation_level = fields.Selection(related="ticket_id.escalation_level")
    reason = fields.Text(
        required=True,
        help="Why the case goes up: kept on the ticket and in its chatter.",
    )

    def action_escalate(self):
        self.ticket_id._csd_escalate(self.reason)
        return {"type": "ir.actions.act_window_close"}
