from odoo import fields, models


class HelpdeskTicketStage(models.Model):
    _inherit = "helpdesk.ticket.stage"

    csd_step = fields.Selection(
        [
            ("accept", "Accept"),
            ("classify", "Classify"),
            ("handle", "Handle"),
            ("feedback", "Feed back"),
            ("followup", "Follow up"),
            ("closed", "Closed"),
        ],
        string="Handbook Step",
        help="The step of the complaint process (受理、分类、处理、反馈、跟踪) "
        "this stage stands for; only five-step teams use these stages.",
    )
