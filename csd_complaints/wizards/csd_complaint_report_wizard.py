from datetime import datetime, time, timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError


class CsdComplaintReportWizard(models.TransientModel):
    """The weekly complaint/repair report (每周投诉、报修工作报表)."""

    _name = "csd.complaint.report.wizard"
    _description = "Weekly Complaint and Repair Report"

    date_from = fields.Date(required=True, default=lambda self: self._default_monday())
    date_to = fields.Date(
        required=True, default=lambda self: self._default_monday() + timedelta(days=6)
    )
    team_id = fields.Many2one("helpdesk.ticket.team")

    @api.model
    def _default_monday(self):
        today = fields.Date.context_today(self)
        return today - timedelta(days=today.weekday())

    def _ticket_domain(self):
        self.ensure_one()
        domain = [
            ("create_date", ">=", datetime.combine(self.date_from, time.min)),
            ("create_date", "<=", datetime.combine(self.date_to, time.max)),
        ]
        if self.team_id:
            domain.append(("team_id", "=", self.team_id.id))
        return domain

    def action_print(self):
        self.ensure_one()
        if self.date_from > self.date_to:
            raise UserError(self.env._("The start date must come before the end date."))
        tickets = self.env["helpdesk.ticket"].search(self._ticket_domain())
        return self.env.ref(
            "csd_complaints.action_report_complaint_statistics_xlsx"
        ).report_action(
            tickets,
            data={
                "date_from": fields.Date.to_string(self.date_from),
                "date_to": fields.Date.to_string(self.date_to),
            },
        )
