from contextlib import contextmanager
from datetime import datetime

from freezegun import freeze_time

from odoo.tests import TransactionCase, new_test_user


def office_calendar(env):
    """Weekdays 9:00-18:00 UTC without a lunch break."""
    return env["resource.calendar"].create(
        {
            "name": "Office 9-18",
            "tz": "UTC",
            "attendance_ids": [(5, 0, 0)]
            + [
                (
                    0,
                    0,
                    {
                        "name": f"Day {day}",
                        "dayofweek": str(day),
                        "hour_from": 9.0,
                        "hour_to": 18.0,
                        "day_period": "morning",
                    },
                )
                for day in range(5)
            ],
        }
    )


class SlaCase(TransactionCase):
    """A 9-18 weekday calendar (UTC, no lunch break), a team on it, and a
    4-working-hour first response target for complaints."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=False))
        cls.calendar = office_calendar(cls.env)
        cls.calendar_7x24 = cls.env.ref("csd_complaints.resource_calendar_7x24")
        cls.leader = new_test_user(
            cls.env, login="sla_leader", groups="csd_management.group_csd_supervisor"
        )
        cls.agent = new_test_user(
            cls.env, login="sla_agent", groups="csd_management.group_csd_specialist"
        )
        cls.team = cls.env["helpdesk.ticket.team"].create(
            {
                "name": "SLA Desk",
                "resource_calendar_id": cls.calendar.id,
                "user_id": cls.leader.id,
                "user_ids": [(6, 0, [cls.leader.id, cls.agent.id])],
            }
        )
        cls.stage_new = cls.env.ref("helpdesk_mgmt.helpdesk_ticket_stage_new")
        cls.stage_progress = cls.env.ref(
            "helpdesk_mgmt.helpdesk_ticket_stage_in_progress"
        )
        cls.stage_awaiting = cls.env.ref("helpdesk_mgmt.helpdesk_ticket_stage_awaiting")
        cls.stage_done = cls.env.ref("helpdesk_mgmt.helpdesk_ticket_stage_done")
        # only this test's policies count
        cls.env["csd.sla.policy"].search([]).active = False
        cls.policy = cls.env["csd.sla.policy"].create(
            {
                "name": "Complaints",
                "ticket_type": "complaint",
                "pause_stage_ids": [(6, 0, cls.stage_awaiting.ids)],
                "target_ids": [
                    (0, 0, {"kind": "first_response", "hours": 4}),
                    (0, 0, {"kind": "next_response", "hours": 2}),
                    (0, 0, {"kind": "resolution", "hours": 18}),
                ],
            }
        )
        cls.customer = cls.env["res.partner"].create({"name": "Huaxin Trading"})
        cls.key_customer = cls.env["res.partner"].create(
            {"name": "Dongfang Group", "is_key_account": True}
        )

    @contextmanager
    def at(self, when):
        """Frozen clock, also for the records' create_date."""
        when = datetime.fromisoformat(when)
        with freeze_time(when):
            self.env.cr._now = when
            try:
                yield
            finally:
                self.env.cr._now = None

    def flush_tracking(self):
        """Log tracked changes as the end of a request would."""
        self.env.flush_all()
        self.env.cr.precommit.run()

    def reply(self, ticket, body):
        """The assignee answers the customer (a message, not a note)."""
        return ticket.with_user(self.agent).message_post(
            body=body, message_type="comment", subtype_xmlid="mail.mt_comment"
        )

    def make_ticket(self, **vals):
        values = {
            "name": "Broken delivery",
            "description": "<p>The goods arrived broken.</p>",
            "team_id": self.team.id,
            "ticket_type": "complaint",
            "partner_id": self.customer.id,
            "user_id": self.agent.id,
        }
        values.update(vals)
        return self.env["helpdesk.ticket"].create(values)

    def line(self, ticket, kind="first_response"):
        lines = ticket.sla_line_ids.filtered(lambda rec: rec.kind == kind)
        self.assertEqual(len(lines), 1, f"one {kind} target expected")
        return lines

    def dt(self, text):
        return datetime.fromisoformat(text)
