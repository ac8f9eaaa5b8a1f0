from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import CsdKpiCase


@tagged("post_install", "-at_install")
class TestEvaluationAccess(CsdKpiCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.campaign = cls._campaign()
        cls.campaign.action_generate_evaluations()
        cls.mine = cls.campaign.evaluation_ids.filtered(
            lambda e: e.employee_id == cls.specialist
        )
        cls.theirs = cls.campaign.evaluation_ids - cls.mine
        values = {
            cls.env.ref("csd_hr_kpi.kpi_initiative"): 80,
            cls.env.ref("csd_hr_kpi.kpi_responsibility"): 80,
            cls.env.ref("csd_hr_kpi.kpi_communication"): 80,
            cls.env.ref("csd_hr_kpi.kpi_fines_count"): 0,
        }
        for line in cls.campaign.evaluation_ids.line_ids:
            line.value = values[line.kpi_id]
        cls.campaign.evaluation_ids.action_submit()
        cls.campaign.evaluation_ids.action_approve()
        cls.campaign.evaluation_ids.action_lock()

    def _visible(self, user):
        return (
            self.env["csd.kpi.evaluation"]
            .with_user(user)
            .search([("campaign_id", "=", self.campaign.id)])
        )

    def test_employee_reads_only_their_own(self):
        self.assertEqual(self._visible(self.specialist_user), self.mine)
        with self.assertRaises(AccessError):
            self.theirs.with_user(self.specialist_user).read(["total_score"])
        with self.assertRaises(AccessError):
            self.env["csd.kpi.evaluation.line"].with_user(self.specialist_user).browse(
                self.theirs.line_ids.ids
            ).read(["score"])
        # Their own one reads, with its KPIs, and cannot be changed.
        self.mine.with_user(self.specialist_user).read(["total_score", "line_ids"])
        self.mine.line_ids.with_user(self.specialist_user).read(["score"])
        with self.assertRaises(AccessError):
            self.mine.with_user(self.specialist_user).write({"evaluator_comment": "!"})

    def test_employee_does_not_see_a_draft_of_their_own(self):
        self.mine.with_user(self.manager_user)._reopen("recount")
        self.assertFalse(self._visible(self.specialist_user))

    def test_evaluator_sees_their_team_and_hr_sees_all(self):
        self.assertEqual(
            self._visible(self.supervisor_user), self.campaign.evaluation_ids
        )
        self.assertFalse(self._visible(self.other_supervisor_user))
        self.assertEqual(self._visible(self.hr_user), self.campaign.evaluation_ids)

    def test_coaching_plans_stay_within_the_team(self):
        need = self.env["csd.training.need"].create(
            {"name": "Phone etiquette", "employee_id": self.colleague.id}
        )
        Need = self.env["csd.training.need"]
        self.assertIn(need, Need.with_user(self.supervisor_user).search([]))
        self.assertNotIn(need, Need.with_user(self.other_supervisor_user).search([]))
        with self.assertRaises(AccessError):
            need.with_user(self.colleague_user).read(["name"])

    def test_payroll_officer_without_kpi_rights_computes_payslips(self):
        """A payroll manager who may not read evaluations still pays them."""
        payroll_user = self.env["res.users"].create(
            {
                "name": "Payroll clerk",
                "login": "kpi_payroll_clerk",
                "groups_id": [
                    (6, 0, [self.env.ref("payroll.group_payroll_manager").id])
                ],
            }
        )
        slip = (
            self.env["hr.payslip"]
            .with_user(payroll_user)
            .create(
                {
                    "employee_id": self.specialist.id,
                    "date_from": self.date_from,
                    "date_to": self.date_to,
                    "contract_id": self.specialist.contract_id.id,
                    "struct_id": self.structure.id,
                }
            )
        )
        slip.compute_sheet()
        bonus = slip.line_ids.filtered(lambda x: x.code == "CSD_KPI_BONUS")
        self.assertEqual(bonus.total, self.mine.bonus_amount)
        self.assertEqual(self.mine.payslip_id, slip)

    def test_employee_opens_their_evaluation_form(self):
        evaluation = self.mine.with_user(self.specialist_user)
        views = evaluation.get_views([(False, "form")])
        self.assertIn("action_acknowledge", views["views"]["form"]["arch"])
        fields = views["models"]["csd.kpi.evaluation"]["fields"]
        # What the web client reads to show the form.
        values = evaluation.web_read(
            {
                name: {"fields": {"display_name": {}}}
                if evaluation._fields[name].relational
                else {}
                for name in fields
            }
        )
        self.assertEqual(values[0]["total_score"], 84)  # 80 x 80 % + no fine x 20 %
        self.assertEqual(values[0]["campaign_id"]["display_name"], "March")
