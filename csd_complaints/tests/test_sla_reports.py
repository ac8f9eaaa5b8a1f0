from datetime import date

from odoo.tests import tagged

from .common_sla import SlaCase


@tagged("post_install", "-at_install")
class TestSlaReports(SlaCase):
    def _history(self):
        with self.at("2026-11-23 09:00:00"):
            fast = self.make_ticket()
            slow = self.make_ticket()
            other = self.make_ticket(user_id=self.leader.id)
        with self.at("2026-11-23 11:00:00"):
            self.reply(fast, "Hi")
        with self.at("2026-11-23 15:00:00"):
            self.reply(slow, "Hi")
        return fast, slow, other

    def test_figures_for_kpi_addon(self):
        self._history()
        nobody = self.env["res.users"].create({"name": "Idle", "login": "sla_idle"})
        figures = self.env["helpdesk.ticket"]._csd_sla_figures(
            date(2026, 11, 1), date(2026, 11, 30), [self.agent.id, nobody.id]
        )
        self.assertEqual(
            figures[self.agent.id],
            {"first_response_hours": 4.0, "sla_met": 1, "sla_breached": 1},
        )
        self.assertEqual(
            figures[nobody.id],
            {"first_response_hours": None, "sla_met": 0, "sla_breached": 0},
        )
        outside = self.env["helpdesk.ticket"]._csd_sla_figures(
            date(2026, 12, 1), date(2026, 12, 31), [self.agent.id]
        )
        self.assertEqual(outside[self.agent.id]["sla_met"], 0)

    def test_compliance_by_agent_and_xlsx(self):
        self._history()
        Line = self.env["csd.ticket.sla"]
        groups = Line._read_group(
            [("kind", "=", "first_response"), ("state", "in", ("met", "breached"))],
            ["user_id"],
            ["compliance:avg"],
        )
        self.assertEqual(dict(groups)[self.agent], 50.0)
        lines = Line.search([("team_id", "=", self.team.id)])
        content, kind = (
            self.env["ir.actions.report"]
            .with_user(self.leader)
            ._render("csd_complaints.report_csd_ticket_sla_xlsx", lines.ids, {})
        )
        self.assertEqual(kind, "xlsx")
        self.assertEqual(content[:2], b"PK")
