from odoo.tests import tagged

from .common_sla import SlaCase


@tagged("post_install", "-at_install")
class TestSlaSweep(SlaCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.manager = cls.env["res.users"].create(
            {"name": "Department Head", "login": "sla_head"}
        )
        department = cls.env["hr.department"].create(
            {
                "name": "Service",
                "manager_id": cls.env["hr.employee"]
                .create({"name": "Head", "user_id": cls.manager.id})
                .id,
            }
        )
        cls.env["hr.employee"].create(
            {"name": "Agent", "user_id": cls.agent.id, "department_id": department.id}
        )
        cls.policy.escalation_step_ids = [
            (0, 0, {"delay_hours": 0, "notify": "assignee"}),
            (0, 0, {"delay_hours": 2, "notify": "team_leader"}),
            (0, 0, {"delay_hours": 4, "notify": "department_manager"}),
        ]
        cls.Line = cls.env["csd.ticket.sla"]

    def activities(self, ticket, user):
        """The SLA escalation activities of a user on a ticket."""
        return self.env["mail.activity"].search(
            [
                ("res_model", "=", "helpdesk.ticket"),
                ("res_id", "=", ticket.id),
                ("user_id", "=", user.id),
                ("summary", "=like", "SLA breached%"),
            ]
        )

    def messages(self, ticket, text):
        return ticket.message_ids.filtered(lambda m: text in (m.body or ""))

    def test_warning_then_ladder_each_once(self):
        with self.at("2026-11-23 09:00:00"):
            ticket = self.make_ticket()
        line = self.line(ticket)  # due 13:00, warning at 80 % = 12:12
        self.assertEqual(line.warning_date, self.dt("2026-11-23 12:12:00"))
        for _run in range(2):
            with self.at("2026-11-23 12:30:00"):
                self.Line._cron_sweep()
        self.assertEqual(line.state, "warning")
        self.assertEqual(ticket.sla_state, "warning")
        Ticket = self.env["helpdesk.ticket"]
        self.assertIn(ticket, Ticket.search([("sla_state", "=", "warning")]))
        self.assertEqual(len(self.messages(ticket, "SLA warning")), 1)
        for _run in range(2):
            with self.at("2026-11-23 13:30:00"):
                self.Line._cron_sweep()
        self.assertEqual(line.state, "breached")
        self.assertIn(ticket, Ticket.search([("sla_state", "=", "breached")]))
        # still has a running resolution target, but shows its worst state
        self.assertNotIn(ticket, Ticket.search([("sla_state", "=", "running")]))
        self.assertEqual(len(self.messages(ticket, "SLA breached")), 1)
        self.assertEqual(len(self.activities(ticket, self.agent)), 1)
        self.assertFalse(self.activities(ticket, self.leader))
        for _run in range(2):
            with self.at("2026-11-23 17:30:00"):
                self.Line._cron_sweep()
        self.assertEqual(len(self.activities(ticket, self.agent)), 1)
        self.assertEqual(len(self.activities(ticket, self.leader)), 1)
        self.assertEqual(len(self.activities(ticket, self.manager)), 1)
        self.assertEqual(len(line.escalation_ids), 3)
        bodies = "".join(self.messages(ticket, "SLA escalation").mapped("body"))
        self.assertEqual(bodies.count("SLA escalation"), 3)

    def test_interrupted_run_finishes_on_rerun_without_repeats(self):
        with self.at("2026-11-23 09:00:00"):
            tickets = self.make_ticket() | self.make_ticket() | self.make_ticket()
        with self.at("2026-11-23 18:00:00"):
            # one batch of one target, then "killed"
            self.assertEqual(self.Line._cron_sweep(batch_size=1, max_batches=1), 1)
            self.Line._cron_sweep(batch_size=1)
            self.Line._cron_sweep(batch_size=1)
        for ticket in tickets:
            self.assertEqual(self.line(ticket).state, "breached")
            self.assertEqual(len(self.activities(ticket, self.agent)), 1)
            self.assertEqual(len(self.activities(ticket, self.leader)), 1)
            self.assertEqual(len(self.messages(ticket, "SLA warning")), 0)

    def test_met_targets_are_not_escalated(self):
        with self.at("2026-11-23 09:00:00"):
            ticket = self.make_ticket()
        with self.at("2026-11-23 10:00:00"):
            self.reply(ticket, "On it")
        with self.at("2026-11-23 14:00:00"):  # first response was due 13:00
            self.Line._cron_sweep()
        self.assertEqual(self.line(ticket).state, "met")
        self.assertFalse(self.activities(ticket, self.agent))

    def test_cron_is_scheduled(self):
        cron = self.env.ref("csd_complaints.ir_cron_sla_sweep")
        self.assertTrue(cron.active)
        self.assertEqual(cron.model_id.model, "csd.ticket.sla")
