from odoo.tests import tagged

from odoo.addons.csd_management.tests.common import CsdMenuCase


@tagged("post_install", "-at_install")
class TestCsdHrKpiInstall(CsdMenuCase):
    def test_hr_officer_opens_pay_menus(self):
        user = self.make_user("kpi_hr", "csd_hr_kpi.group_csd_kpi_hr")
        self.assertMenuOpens(
            "csd_hr_kpi.menu_csd_kpi_root",
            user,
            {
                "hr.contract",
                "hr.payslip",
                "csd.kpi",
                "csd.kpi.template",
                "csd.kpi.grade",
                "csd.kpi.bonus.rule",
                "csd.kpi.fine.type",
                "csd.kpi.campaign",
                "csd.kpi.evaluation",
                "csd.training.need",
                "csd.training.plan",
                "csd.training.session",
            },
        )

    def test_evaluator_opens_evaluation_menus(self):
        user = self.make_user("kpi_sup", "csd_management.group_csd_supervisor")
        self.assertMenuOpens(
            "csd_hr_kpi.menu_csd_kpi_root",
            user,
            {"csd.kpi.campaign", "csd.kpi.evaluation", "csd.training.session"},
        )

    def test_groups(self):
        hr = self.env.ref("csd_hr_kpi.group_csd_kpi_hr")
        evaluator = self.env.ref("csd_hr_kpi.group_csd_kpi_evaluator")
        self.assertIn(evaluator, hr.trans_implied_ids)
        self.assertIn(self.env.ref("payroll.group_payroll_user"), hr.trans_implied_ids)
        supervisor = self.make_user("csd_sup", "csd_management.group_csd_supervisor")
        self.assertTrue(supervisor.has_group("csd_hr_kpi.group_csd_kpi_evaluator"))
        self.assertFalse(supervisor.has_group("csd_hr_kpi.group_csd_kpi_hr"))

    def test_demo_contracts_loaded(self):
        department = self.env.ref("csd_management.dep_customer_service")
        contracts = self.env["hr.contract"].search(
            [("department_id", "=", department.id), ("state", "=", "open")]
        )
        self.assertGreaterEqual(len(contracts), 3)
        self.assertEqual(
            contracts.mapped("struct_id"), self.env.ref("payroll.structure_base")
        )
