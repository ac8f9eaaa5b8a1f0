from odoo import fields, models


class HelpdeskTicketTeam(models.Model):
    _inherit = "helpdesk.ticket.team"

    resource_calendar_id = fields.Many2one(
        "resource.calendar",
        string="Working Hours",
        domain="['|', ('company_id', '=', False), ('company_id', '=', company_id)]",
        help="SLA targets of the team's tickets count on this calendar unless "
        "their policy sets one; empty: the company's working hours.",
    )
