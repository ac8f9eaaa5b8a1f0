from datetime import timedelta

from odoo import fields
from odoo.exceptions import UserError
from odoo.tests import Form, tagged

from .common import CsdComplaintCase


@tagged("post_install", "-at_install")
class TestEscalation(CsdComplaintCase):
    def _backdate(self, ticket, days):
        self.env.cr.execute(
            "UPDATE helpdesk_ticket SET create_date = %s WHERE id = %s",
            (fields.Datetime.now() - timedelta(days=days), ticket.id),
        )
        ticket.invalidate_recordset(["create_date"])

    def test_second_complaint_detected_and_sent_to_supervisor(self):
        first = self._ticket(partner_id=self.contact_a.id)
        # Another contact of the same company, same category, other words.
        second = self._ticket(name="Paper stuck", partner_id=self.contact_b.id)
        self.assertFalse(first.is_second_complaint)
        self.assertTrue(second.is_second_complaint)
        self.assertEqual(second.previous_ticket_id, first)
        self.assertEqual(second.escalation_level, "supervisor")
        self.assertEqual(second.escalated_to_id, self.supervisor)
        self.assertTrue(self._activities_of(second, self.supervisor))
        self.assertIn(
            self.supervisor.partner_id, second.message_follower_ids.partner_id
        )

    def test_outside_window_or_other_subject_is_not_second(self):
        old = self._ticket()
        self._backdate(old, 31)
        later = self._ticket(name="Printer jams")
        self.assertFalse(later.is_second_complaint)
        other = self._ticket(name="Rude driver", category_id=False)
        self.assertFalse(other.is_second_complaint)
        self.env.company.csd_second_complaint_days = 60
        again = self._ticket(name="Printer still jams")
        self.assertTrue(again.is_second_complaint)

    def test_reopened_complaint_is_second(self):
        ticket = self._ticket(feedback_note="Fixed")
        ticket.stage_id = self.stages["closed"]
        ticket.stage_id = self.stages["handle"]
        self.assertEqual(ticket.reopen_count, 1)
        self.assertTrue(ticket.is_second_complaint)
        self.assertEqual(ticket.escalated_to_id, self.supervisor)
        self.assertFalse(ticket.first_contact_resolved)

    def test_major_complaint_alerts_department_manager_at_once(self):
        ticket = self._ticket(
            severity="major", responsible_department_id=self.department.id
        )
        activity = self._activities_of(ticket, self.dept_head)
        self.assertEqual(len(activity), 1)
        self.assertEqual(activity.date_deadline, fields.Date.today())
        self.assertTrue(
            ticket.message_ids.filtered(
                lambda m: self.dept_head.partner_id in m.partner_ids
            )
        )
        # Without a department, the configured manager is alerted.
        urgent = self._ticket(name="Water leak", severity="urgent", category_id=False)
        self.assertTrue(self._activities_of(urgent, self.manager))
        # Raised later to urgent: alerted then.
        minor = self._ticket(name="Scratch", severity="minor", category_id=False)
        self.assertFalse(self._activities_of(minor, self.manager))
        minor.severity = "urgent"
        self.assertTrue(self._activities_of(minor, self.manager))

    def test_alert_level_setting(self):
        self.env.company.csd_alert_level = "urgent"
        major = self._ticket(name="Scratch", severity="major", category_id=False)
        self.assertFalse(self._activities_of(major, self.manager))

    def test_manual_escalation_ladder_with_reason(self):
        ticket = self._ticket(responsible_department_id=self.department.id)
        wizard = Form(
            self.env["csd.ticket.escalate.wizard"]
            .with_user(self.specialist)
            .with_context(default_ticket_id=ticket.id)
        )
        wizard.reason = "Needs a refund decision"
        wizard.save().action_escalate()
        self.assertEqual(ticket.escalation_level, "supervisor")
        self.assertEqual(ticket.escalation_reason, "Needs a refund decision")
        self.assertTrue(self._activities_of(ticket, self.supervisor))
        ticket._csd_escalate("Installation must redo the work")
        self.assertEqual(ticket.escalation_level, "manager")
        self.assertEqual(ticket.escalated_to_id, self.dept_head)
        with self.assertRaises(UserError):
            ticket._csd_escalate("Again")
        other = self._ticket(name="Other", category_id=False)
        with self.assertRaisesRegex(UserError, "reason"):
            other._csd_escalate("")
