import io
from datetime import datetime, time, timedelta

import openpyxl

from odoo.tests import tagged

from .common import CsdComplaintCase

TICKET_FORMS = {
    "csd_complaints.action_report_complaint_archive": "Complaint Archive Catalogue",
    "csd_complaints.action_report_tracking_sheet": "Complaint Tracking Sheet",
    "csd_complaints.action_report_onsite_minutes": "On-site Handling Minutes",
    "csd_complaints.action_report_problem_notice": "Customer Problem Notice",
    "csd_complaints.action_report_agreement": "Agreement",
    "csd_complaints.action_report_resolution_confirmation": (
        "Complaint Resolution Confirmation"
    ),
}


@tagged("post_install", "-at_install")
class TestForms(CsdComplaintCase):
    def _render(self, xmlid, records):
        html, _fmt = self.env["ir.actions.report"]._render_qweb_html(xmlid, records.ids)
        return html.decode()

    def test_eight_forms_render_in_english(self):
        ticket = self._ticket(feedback_note="We replace the printer.")
        ticket.recovery_ids = [
            (
                0,
                0,
                {
                    "remedy_type": "coupon",
                    "amount": 50.0,
                    "description": "Toner coupon",
                },
            )
        ]
        ticket.recovery_ids.action_confirm()
        for xmlid, title in TICKET_FORMS.items():
            html = self._render(xmlid, ticket)
            self.assertIn(title, html, xmlid)
            self.assertIn(ticket.number, html, xmlid)
        self.assertIn(
            "Toner coupon",
            self._render("csd_complaints.action_report_agreement", ticket),
        )
        penalty = self.env["csd.complaint.penalty"].create(
            {
                "kind": "notice",
                "employee_id": self.specialist_employee.id,
                "amount": 20.0,
                "reason": "Forbidden phrase",
                "ticket_id": ticket.id,
            }
        )
        for xmlid, title in {
            "csd_complaints.action_report_penalty_opinion": "Complaint Penalty Opinion",
            "csd_complaints.action_report_penalty_notice": "Penalty Notice",
        }.items():
            html = self._render(xmlid, penalty)
            self.assertIn(title, html)
            self.assertIn("Specialist Wang", html)

    def test_customer_forms_in_the_customers_language(self):
        self.contact_a.lang = "zh_CN"
        ticket = self._ticket(feedback_note="更换打印机")
        html = self._render(
            "csd_complaints.action_report_resolution_confirmation", ticket
        )
        self.assertIn("客户投诉解决方案确认书", html)
        self.contact_a.lang = "zh_TW"
        html = self._render("csd_complaints.action_report_problem_notice", ticket)
        self.assertIn("客戶問題告知書", html)

    def test_signed_confirmation_shows_signature(self):
        ticket = self._ticket(feedback_note="Refund")
        ticket.write({"signed_by": "Li Lei", "signature": _PIXEL})
        html = self._render(
            "csd_complaints.action_report_resolution_confirmation", ticket
        )
        self.assertIn("Signed by", html)
        self.assertIn("data:image/png;base64", html)


@tagged("post_install", "-at_install")
class TestStatisticsXlsx(CsdComplaintCase):
    def test_xlsx_figures_match_tickets(self):
        phone = self.env.ref("helpdesk_mgmt.helpdesk_ticket_channel_phone")
        visit = self.env.ref("csd_complaints.channel_visit")
        t1 = self._ticket(
            channel_id=phone.id,
            feedback_note="Fixed",
            responsible_department_id=self.department.id,
        )
        t2 = self._ticket(
            name="Printer jams again", channel_id=visit.id, severity="major"
        )
        t3 = self._ticket(
            name="Repair door",
            ticket_type="repair",
            category_id=False,
            channel_id=phone.id,
        )
        t1.stage_id = self.stages["closed"]
        t1.recovery_ids = [(0, 0, {"remedy_type": "compensation", "amount": 120.0})]
        t1.recovery_ids.action_confirm()
        tickets = t1 | t2 | t3
        wizard = (
            self.env["csd.complaint.report.wizard"]
            .with_user(self.supervisor)
            .create({})
        )
        action = wizard.action_print()
        self.assertEqual(action["report_type"], "xlsx")
        self.assertLessEqual(set(tickets.ids), set(action["context"]["active_ids"]))
        content, fmt = self.env["ir.actions.report"]._render(
            "csd_complaints.action_report_complaint_statistics_xlsx",
            tickets.ids,
            data=action["data"],
        )
        self.assertEqual(fmt, "xlsx")
        book = openpyxl.load_workbook(io.BytesIO(content))
        rows = list(book["Statistics"].iter_rows(values_only=True))
        header, body = rows[0], rows[1:]
        self.assertEqual(len(body), 3)
        by_number = {row[0]: dict(zip(header, row, strict=True)) for row in body}
        self.assertEqual(by_number[t1.number]["Channel"], "Phone")
        self.assertEqual(by_number[t1.number]["Resolved"], 1)
        self.assertEqual(by_number[t1.number]["Recovery Cost"], 120.0)
        self.assertEqual(by_number[t1.number]["Responsible Department"], "Installation")
        self.assertEqual(by_number[t2.number]["Second Complaint"], 1)
        self.assertEqual(by_number[t2.number]["Severity"], "Major")
        self.assertEqual(by_number[t3.number]["Type"], "Repair")
        summary = {
            row[0]: row[1]
            for row in book["Summary"].iter_rows(values_only=True)
            if row[0]
        }
        self.assertEqual(summary["Tickets"], 3)
        self.assertEqual(summary["Complaints"], 2)
        self.assertEqual(summary["Repairs"], 1)
        self.assertEqual(summary["Resolved"], 1)
        self.assertEqual(summary["Second Complaints"], 1)
        self.assertEqual(summary["Second-complaint Rate (%)"], 50.0)
        self.assertEqual(summary["Recovery Cost"], 120.0)
        self.assertEqual(summary["Phone"], 2)
        self.assertEqual(summary["Visit"], 1)


@tagged("post_install", "-at_install")
class TestWeeklyReport(CsdComplaintCase):
    def test_last_weeks_report_mailed_to_supervisor(self):
        Wizard = self.env["csd.complaint.report.wizard"]
        monday = Wizard._default_monday() - timedelta(days=7)
        last_week = self._ticket(name="Last week's leak", category_id=False)
        self._ticket(name="This week's noise", category_id=False)
        self.env.cr.execute(
            "UPDATE helpdesk_ticket SET create_date = %s WHERE id = %s",
            (datetime.combine(monday + timedelta(days=2), time(10)), last_week.id),
        )
        self.env.invalidate_all()
        expected = self.env["helpdesk.ticket"].search(
            [
                ("create_date", ">=", datetime.combine(monday, time.min)),
                ("create_date", "<", datetime.combine(monday + timedelta(7), time.min)),
            ]
        )
        self.assertIn(last_week, expected)
        Wizard._cron_send_weekly_report()
        mail = self.env["mail.mail"].search(
            [("recipient_ids", "in", self.supervisor.partner_id.ids)], limit=1
        )
        self.assertIn("Weekly complaint and repair report", mail.subject)
        book = openpyxl.load_workbook(io.BytesIO(mail.attachment_ids.raw))
        numbers = [
            row[0] for row in book["Statistics"].iter_rows(min_row=2, values_only=True)
        ]
        self.assertEqual(sorted(numbers), sorted(expected.mapped("number")))


_PIXEL = (
    b"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8"
    b"AAAAASUVORK5CYII="
)
