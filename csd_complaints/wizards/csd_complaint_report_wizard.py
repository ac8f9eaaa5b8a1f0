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

    def _render_xlsx(self):
        self.ensure_one()
        tickets = self.env["helpdesk.ticket"].search(self._ticket_domain())
        content, _fmt = self.env["ir.actions.report"]._render(
            "csd_complaints.action_report_complaint_statistics_xlsx",
            tickets.ids,
            data={
                "date_from": fields.Date.to_string(self.date_from),
                "date_to": fields.Date.to_string(self.date_to),
            },
        )
        return content

    @api.model
    def _cron_send_weekly_report(self):
        """Every Monday, last week's report goes to the complaint supervisor."""
        monday = self._default_monday() - timedelta(days=7)
        for company in self.env["res.company"].search(
            [("csd_supervisor_user_id", "!=", False)]
        ):
            wizard = self.with_company(company).create(
                {"date_from": monday, "date_to": monday + timedelta(days=6)}
            )
            name = self.env._(
                "Weekly complaint and repair report %(start)s",
                start=fields.Date.to_string(monday),
            )
            attachment = self.env["ir.attachment"].create(
                {
                    "name": f"{name}.xlsx",
                    "raw": wizard._render_xlsx(),
                    "mimetype": "application/vnd.openxmlformats-officedocument"
                    ".spreadsheetml.sheet",
                }
            )
            supervisor = company.csd_supervisor_user_id
            self.env["mail.mail"].create(
                {
                    "subject": name,
                    "email_from": company.partner_id.email_formatted,
                    "recipient_ids": [(6, 0, supervisor.partner_id.ids)],
                    "body_html": self.env._(
                        "<p>Attached: the complaint and repair report of the week.</p>"
                    ),
                    "attachment_ids": [(6, 0, attachment.ids)],
                }
            )

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
