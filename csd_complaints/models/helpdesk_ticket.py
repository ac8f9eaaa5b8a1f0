from odoo import fields, models


class HelpdeskTicket(models.Model):
    _inherit = "helpdesk.ticket"

    ticket_type = fields.Selection(
        [
            ("complaint", "Complaint"),
            ("inquiry", "Inquiry"),
            ("repair", "Repair"),
            ("suggestion", "Suggestion"),
        ],
        string="Type",
        required=True,
        default="inquiry",
        tracking=True,
        index=True,
        help="Complaint (投诉), inquiry (咨询), repair request (报修) "
        "or suggestion (建议).",
    )
    severity = fields.Selection(
        [
            ("minor", "Minor"),
            ("normal", "Normal"),
            ("major", "Major"),
            ("urgent", "Urgent"),
        ],
        required=True,
        default="normal",
        tracking=True,
        index=True,
        help="Major and urgent complaints notify the responsible department's "
        "manager at once.",
    )
