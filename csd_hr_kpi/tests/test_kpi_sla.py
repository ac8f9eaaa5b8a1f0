from datetime import date, datetime

from freezegun import freeze_time

from odoo.tests import tagged

from odoo.addons.csd_complaints.tests.common_sla import office_calendar

from .common import CsdKpiCase


@tagged("post_install", "-at_install")
class TestKpiSla(CsdKpiCase):
    """SLA compliance and first-response time from the SLA engine's figures
    (helpdesk.ticket._csd_sla_figures)."""

    date_from = date(2026, 11, 1)
    date_to = date(2026, 11, 30)

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.specialist_user.groups_id |= cls.env.ref(
            "csd_management.group_csd_specialist"
        )
        calendar = office_calendar(cls.env)
        cls.team = cls.env["helpdesk.ticket.team"].create(
            {
                "name": "SLA desk",
                "resource_calendar_id": calendar.id,
                "user_ids": [(6, 0, cls.specialist_user.ids)],
            }
        )
        cls.env["csd.sla.policy"].search([]).active = False
        cls.env["csd.sla.policy"].create(
            {
                "name": "Complaints",
                "ticket_type": "complaint",
                "target_ids": [(0, 0, {"kind": "first_response", "hours": 4})],
            }
        )
        cls.customer = cls.env["res.partner"].create({"name": "Huaxin Trading"})
        cls.template.active = False
        cls.env["csd.kpi.template"].create(
            {
                "name": "Specialist on SLA (test)",
                "job_id": cls.job_specialist.id,
                "line_ids": [
                    (
                        0,
                        0,
                        {
                            "kpi_id": cls.env.ref(
                                "csd_hr_kpi.kpi_first_response_time"
                            ).id,
                            "weight": 50,
                        },
                    ),
                    (
                        0,
                        0,
                        {
                            "kpi_id": cls.env.ref("csd_hr_kpi.kpi_sla_compliance").id,
                            "weight": 50,
                        },
                    ),
                ],
            }
        )

    def _at(self, when):
        self.env.cr._now = when
        return freeze_time(when)

    def test_sla_figures_fill_the_kpis(self):
        tickets = self.env["helpdesk.ticket"]
        with self._at(datetime(2026, 11, 23, 9)):
            for _i in range(2):
                tickets |= self.env["helpdesk.ticket"].create(
                    {
                        "name": "Broken delivery",
                        "description": "<p>The goods arrived broken.</p>",
                        "team_id": self.team.id,
                        "ticket_type": "complaint",
                        "partner_id": self.customer.id,
                        "user_id": self.specialist_user.id,
                    }
                )
        # Answered after 2 working hours (met) and after 6 (breached).
        for ticket, hour in zip(tickets, (11, 15), strict=True):
            with self._at(datetime(2026, 11, 23, hour)):
                ticket.with_user(self.specialist_user).message_post(
                    body="We are on it.",
                    message_type="comment",
                    subtype_xmlid="mail.mt_comment",
                )
        self.env.cr._now = None
        campaign = self._campaign(name="November")
        campaign.action_generate_evaluations()
        evaluation = self._evaluation_of(campaign, self.specialist)
        lines = {line.kpi_id.code: line for line in evaluation.line_ids}
        self.assertEqual(lines["FRT"].value, 4.0)  # (2 + 6) / 2 hours
        self.assertEqual(lines["FRT"].score, 80)  # within 4 hours
        self.assertEqual(lines["SLA"].value, 50)  # 1 met of 2
        self.assertEqual(lines["SLA"].score, 0)  # below the 70 % floor
        self.assertEqual(evaluation.total_score, 40)
        self.assertEqual(evaluation.grade_id, self.env.ref("csd_hr_kpi.grade_d"))
        # The colleague had no ticket: no SLA data, left out of the score.
        other = self._evaluation_of(campaign, self.colleague)
        self.assertFalse(any(other.line_ids.mapped("value_set")))
