from odoo.tests import tagged

from .common_sla import SlaCase

FRIDAY = "2026-11-20 17:30:00"  # a Friday


@tagged("post_install", "-at_install")
class TestSlaDeadlines(SlaCase):
    def test_friday_evening_complaint_due_monday(self):
        """0.5 h left on Friday + 3.5 h from Monday 9:00 = Monday 12:30."""
        with self.at(FRIDAY):
            ticket = self.make_ticket()
        self.assertEqual(ticket.sla_policy_id, self.policy)
        line = self.line(ticket)
        self.assertEqual(line.deadline, self.dt("2026-11-23 12:30:00"))
        self.assertEqual(line.state, "running")
        self.assertEqual(line.calendar_id, self.calendar)
        with self.at("2026-11-23 11:30:00"):
            line.invalidate_recordset(["time_left"])
            self.assertEqual(line.time_left, "1h 00m")
        with self.at("2026-11-23 13:00:00"):
            line.invalidate_recordset(["time_left"])
            self.assertEqual(line.time_left, "late by 0h 30m")

    def test_key_account_counts_every_hour(self):
        self.env["csd.sla.policy"].create(
            {
                "name": "Key accounts 7x24",
                "ticket_type": "complaint",
                "customer_tier": "key_account",
                "resource_calendar_id": self.calendar_7x24.id,
                "target_ids": [(0, 0, {"kind": "first_response", "hours": 4})],
            }
        )
        with self.at(FRIDAY):
            ticket = self.make_ticket(partner_id=self.key_customer.id)
        self.assertEqual(ticket.sla_policy_id.customer_tier, "key_account")
        self.assertEqual(self.line(ticket).deadline, self.dt("2026-11-20 21:30:00"))

    def test_public_holiday_is_skipped(self):
        self.env["resource.calendar.leaves"].create(
            {
                "name": "Holiday",
                "calendar_id": self.calendar.id,
                "date_from": "2026-11-23 00:00:00",
                "date_to": "2026-11-23 23:59:59",
            }
        )
        with self.at(FRIDAY):
            ticket = self.make_ticket()
        self.assertEqual(self.line(ticket).deadline, self.dt("2026-11-24 12:30:00"))

    def test_same_working_day_target(self):
        self.policy.target_ids.filtered(lambda t: t.kind == "first_response").write(
            {"same_day": True, "hours": 0}
        )
        with self.at("2026-11-23 10:00:00"):
            morning = self.make_ticket()
        with self.at("2026-11-23 19:00:00"):
            evening = self.make_ticket()
        self.assertEqual(self.line(morning).deadline, self.dt("2026-11-23 18:00:00"))
        self.assertEqual(self.line(evening).deadline, self.dt("2026-11-24 18:00:00"))

    def test_no_calendar_anywhere_counts_7x24(self):
        self.team.resource_calendar_id = False
        self.team.company_id.resource_calendar_id = False
        with self.at(FRIDAY):
            ticket = self.make_ticket()
        line = self.line(ticket)
        self.assertFalse(line.calendar_id)
        self.assertEqual(line.deadline, self.dt("2026-11-20 21:30:00"))

    def test_policy_calendar_beats_team_calendar(self):
        self.policy.resource_calendar_id = self.calendar_7x24
        with self.at(FRIDAY):
            ticket = self.make_ticket()
        self.assertEqual(self.line(ticket).deadline, self.dt("2026-11-20 21:30:00"))


@tagged("post_install", "-at_install")
class TestSlaPauses(SlaCase):
    def test_pause_two_hours_moves_deadline_two_working_hours(self):
        with self.at("2026-11-23 09:00:00"):
            ticket = self.make_ticket()
        line = self.line(ticket)
        self.assertEqual(line.deadline, self.dt("2026-11-23 13:00:00"))
        with self.at("2026-11-23 10:00:00"):
            ticket.stage_id = self.stage_awaiting
        self.assertEqual(line.state, "paused")
        self.assertEqual(ticket.sla_state, "paused")
        with self.at("2026-11-23 12:00:00"):
            ticket.stage_id = self.stage_progress
        self.assertEqual(line.state, "running")
        # 3 h were left at the pause: resumed at 12:00, due 15:00
        self.assertEqual(line.deadline, self.dt("2026-11-23 15:00:00"))
        self.assertEqual(line.paused_seconds, 7200)

    def test_pause_overnight_counts_only_working_time(self):
        with self.at("2026-11-23 15:00:00"):
            ticket = self.make_ticket()
        line = self.line(ticket)
        self.assertEqual(line.deadline, self.dt("2026-11-24 10:00:00"))
        with self.at("2026-11-23 17:00:00"):
            ticket.stage_id = self.stage_awaiting
        with self.at("2026-11-24 10:00:00"):
            ticket.stage_id = self.stage_progress
        # 2 h left at 17:00 Monday, resumed 10:00 Tuesday: due 12:00
        self.assertEqual(line.deadline, self.dt("2026-11-24 12:00:00"))

    def test_closing_meets_resolution_on_time_or_breaches(self):
        with self.at("2026-11-23 09:00:00"):
            on_time = self.make_ticket()
            late = self.make_ticket()
        with self.at("2026-11-24 09:00:00"):
            on_time.stage_id = self.stage_done
        with self.at("2026-11-26 09:00:00"):
            late.stage_id = self.stage_done
        resolved = self.line(on_time, "resolution")
        self.assertEqual(resolved.state, "met")
        self.assertEqual(resolved.compliance, 100)
        self.assertEqual(resolved.elapsed_hours, 24)
        self.assertEqual(self.line(late, "resolution").state, "breached")
        self.assertEqual(self.line(late, "resolution").breached_count, 1)


@tagged("post_install", "-at_install")
class TestSlaResponses(SlaCase):
    def test_internal_note_is_no_response_but_a_reply_is(self):
        with self.at("2026-11-23 09:00:00"):
            ticket = self.make_ticket()
        with self.at("2026-11-23 10:00:00"):
            ticket.with_user(self.agent).message_post(
                body="Checked the stock",
                message_type="comment",
                subtype_xmlid="mail.mt_note",
            )
        self.assertEqual(self.line(ticket).state, "running")
        self.assertFalse(ticket.first_response_date)
        with self.at("2026-11-23 11:00:00"):
            self.reply(ticket, "We are on it")
        line = self.line(ticket)
        self.assertEqual(line.state, "met")
        self.assertEqual(line.done_date, self.dt("2026-11-23 11:00:00"))
        self.assertEqual(ticket.first_response_date, self.dt("2026-11-23 11:00:00"))

    def test_customer_message_opens_next_response(self):
        with self.at("2026-11-23 09:00:00"):
            ticket = self.make_ticket()
        with self.at("2026-11-23 09:30:00"):
            self.reply(ticket, "Hello")
        self.assertFalse(
            ticket.sla_line_ids.filtered(lambda rec: rec.kind == "next_response")
        )
        with self.at("2026-11-23 17:00:00"):
            ticket.message_post(
                body="Any news?",
                author_id=self.customer.id,
                message_type="email",
                subtype_xmlid="mail.mt_comment",
            )
        nxt = self.line(ticket, "next_response")
        self.assertEqual(nxt.start_date, self.dt("2026-11-23 17:00:00"))
        # 2 working hours: 1 h Monday + 1 h Tuesday
        self.assertEqual(nxt.deadline, self.dt("2026-11-24 10:00:00"))
        with self.at("2026-11-23 17:05:00"):
            ticket.message_post(
                body="Hello?",
                author_id=self.customer.id,
                message_type="email",
                subtype_xmlid="mail.mt_comment",
            )
        self.assertEqual(
            len(ticket.sla_line_ids.filtered(lambda rec: rec.kind == "next_response")),
            1,
        )
        with self.at("2026-11-24 09:15:00"):
            self.reply(ticket, "Shipped today")
        self.assertEqual(nxt.state, "met")

    def test_acknowledgement_on_creation_is_no_response(self):
        """The five-step process acknowledges each new ticket by e-mail: an
        automatic message, not the agent's first response."""
        self.team.csd_process = True
        self.customer.email = "service@huaxin.example.com"
        with self.at("2026-11-23 09:00:00"):
            ticket = self.make_ticket()
        acknowledged = ticket.message_ids.filtered(
            lambda m: m.message_type == "comment"
            and m.subtype_id == self.env.ref("mail.mt_comment")
        )
        self.assertTrue(acknowledged, "the acknowledgement was sent")
        self.assertFalse(ticket.first_response_date)
        self.assertEqual(self.line(ticket).state, "running")
        with self.at("2026-11-23 10:00:00"):
            self.reply(ticket, "We will replace the goods")
        self.assertEqual(ticket.first_response_date, self.dt("2026-11-23 10:00:00"))
