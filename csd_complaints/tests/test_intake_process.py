from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from .common import CsdComplaintCase


@tagged("post_install", "-at_install")
class TestIntakeAndProcess(CsdComplaintCase):
    def test_channels_of_the_handbook(self):
        names = set(self.env["helpdesk.ticket.channel"].search([]).mapped("name"))
        self.assertLessEqual(
            {"Visit", "Phone", "Letter / Fax", "Email", "Web", "Internal"}, names
        )

    def test_promise_shown_and_sent_to_customer(self):
        ticket = self._ticket(
            channel_id=self.env.ref("csd_complaints.channel_visit").id
        )
        self.assertEqual(ticket.stage_id, self.stages["accept"])
        hours = (ticket.promised_date - ticket.create_date).total_seconds() / 3600
        self.assertAlmostEqual(hours, 24, delta=0.01)
        mail = ticket.message_ids.filtered(
            lambda m: m.message_type == "comment" and ticket.number in (m.subject or "")
        )
        self.assertTrue(mail, "the customer is told the request was received")
        self.assertIn(self.contact_a, mail.partner_ids)
        self.assertIn("promise", str(mail.body))

    def test_five_steps_in_order_and_helpdesk_teams_untouched(self):
        ticket = self._ticket()
        steps = self.team._get_applicable_stages().mapped("csd_step")
        self.assertEqual(
            steps, ["accept", "classify", "handle", "feedback", "followup", "closed"]
        )
        plain_team = self.env["helpdesk.ticket.team"].create({"name": "IT"})
        self.assertFalse(any(plain_team._get_applicable_stages().mapped("csd_step")))
        self.assertEqual(ticket.stage_id.csd_step, "accept")

    def test_cannot_close_without_feedback(self):
        ticket = self._ticket()
        ticket.stage_id = self.stages["handle"]
        with self.assertRaisesRegex(ValidationError, "feedback"):
            ticket.stage_id = self.stages["closed"]
        self.assertEqual(ticket.stage_id, self.stages["handle"])

    def test_resolved_complaint_asks_return_visit_and_survey(self):
        survey = self.env.ref("csd_management.survey_customer_satisfaction")
        self.team.csd_survey_id = survey
        ticket = self._ticket()
        ticket.write(
            {
                "feedback_note": "Drum replaced; printer works.",
                "stage_id": self.stages["closed"].id,
            }
        )
        self.assertTrue(ticket.feedback_date)
        visit = self.env["csd.return.visit"].search(
            [("res_model", "=", "helpdesk.ticket"), ("res_id", "=", ticket.id)]
        )
        self.assertEqual(len(visit), 1)
        self.assertEqual(visit.partner_id, self.customer)
        answers = self.env["survey.user_input"].search(
            [("res_model", "=", "helpdesk.ticket"), ("res_id", "=", ticket.id)]
        )
        self.assertEqual(answers.partner_id, self.contact_a)
        self.assertEqual(answers.survey_id, survey)

    def test_no_hard_delete_after_first_stage(self):
        fresh = self._ticket(name="Typo")
        handled = self._ticket(name="Noise")
        handled.stage_id = self.stages["classify"]
        with self.assertRaisesRegex(UserError, "archive"):
            handled.unlink()
        handled.active = False
        self.assertFalse(handled.active)
        fresh.unlink()
        self.assertFalse(fresh.exists())

    def test_key_fields_tracked(self):
        ticket = self._ticket()
        # Records created in the same transaction are not tracked: end it first.
        self.env.cr.precommit.run()
        ticket.write(
            {"severity": "minor", "responsible_department_id": self.department.id}
        )
        self.env.cr.precommit.run()  # tracking is written at commit time
        ticket.invalidate_recordset(["message_ids"])
        tracked = ticket.message_ids.tracking_value_ids.field_id.mapped("name")
        self.assertIn("severity", tracked)
        self.assertIn("responsible_department_id", tracked)

    def test_mail_gateway_unknown_or_missing_sender(self):
        Ticket = self.env["helpdesk.ticket"]
        unknown = Ticket.message_new(
            {
                "subject": "Broken screen",
                "body": "<p>My screen is broken</p>",
                "email_from": "Zhang San <zhang.san@unknown.example>",
            },
            {"team_id": self.team.id},
        )
        self.assertFalse(unknown.partner_id)
        self.assertIn("zhang.san@unknown.example", unknown.partner_email)
        self.assertEqual(unknown.partner_name, "Zhang San")
        self.assertEqual(
            unknown.channel_id,
            self.env.ref("helpdesk_mgmt.helpdesk_ticket_channel_email"),
        )
        nothing = Ticket.message_new({}, {"team_id": self.team.id})
        self.assertEqual(nothing.partner_name, "Unknown sender")
        self.assertTrue(nothing.name)
        self.assertIn("empty message", nothing.description)

    def test_mail_gateway_processes_raw_mail_without_sender(self):
        raw = (
            "To: desk@example.com\r\nSubject: =?utf-8?b?5oqV6K+J?=\r\n"
            "Message-Id: <csd-test-1@example.com>\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        )
        ticket_id = self.env["mail.thread"].message_process(
            "helpdesk.ticket", raw, custom_values={"team_id": self.team.id}
        )
        ticket = self.env["helpdesk.ticket"].browse(ticket_id)
        self.assertEqual(ticket.name, "投诉")
        self.assertEqual(ticket.stage_id, self.stages["accept"])

    def test_mail_gateway_keeps_malformed_mail(self):
        raw = (
            "From: =?broken?q?=ZZ?= <not an address\r\n"
            "Subject: Leaking pipe\r\n"
            "Message-Id: <csd-test-2@example.com>\r\n"
            "Content-Type: multipart/mixed; boundary=nowhere\r\n\r\n"
            "garbage without any boundary \xff\r\n"
        )
        ticket_id = self.env["mail.thread"].message_process(
            "helpdesk.ticket", raw, custom_values={"team_id": self.team.id}
        )
        ticket = self.env["helpdesk.ticket"].browse(ticket_id)
        self.assertEqual(ticket.name, "Leaking pipe")
        self.assertTrue(ticket.description)
        self.assertTrue(ticket.partner_name)

    def test_bad_type_refused(self):
        with self.assertRaises(ValueError):
            self._ticket(ticket_type="rant")
