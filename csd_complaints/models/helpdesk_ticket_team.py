from odoo import fields, models


class HelpdeskTicketTeam(models.Model):
    _inherit = "helpdesk.ticket.team"

    csd_process = fields.Boolean(
        string="Five-step Process",
        help="Tickets of this team go through the handbook's five steps: "
        "accept, classify, handle, feed back, follow up "
        "(受理、分类、处理、反馈、跟踪).",
    )
    csd_promise_hours = fields.Integer(
        string="Promised Handling Time (hours)",
        help="Hours promised to the customer on intake; empty uses the company's.",
    )
    csd_survey_id = fields.Many2one(
        "survey.survey",
        string="Satisfaction Survey",
        help="Invite the customer to this survey when a complaint is resolved.",
    )

    def _get_applicable_stages(self):
        # Five-step teams use only the handbook's stages; other teams keep
        # helpdesk's own stages untouched.
        stages = super()._get_applicable_stages()
        if len(self) == 1 and self.csd_process:
            return stages.filtered("csd_step")
        return stages.filtered(lambda s: not s.csd_step)
