from odoo.tests import tagged

from .common import CsdMenuCase


@tagged("post_install", "-at_install")
class TestCustomerMenus(CsdMenuCase):
    def test_specialist_opens_customer_relations(self):
        user = self.make_user("crm_menu_spec", "csd_management.group_csd_specialist")
        opened = self.assertMenuOpens(
            "csd_management.menu_csd_root",
            user,
            {
                "res.partner",
                "csd.return.visit",
                "survey.user_input",
                "survey.user_input.line",
                "csd.customer.class.history",
            },
        )
        self.assertNotIn("csd.customer.access.log", opened, "managers only")

    def test_manager_opens_configuration_and_access_log(self):
        user = self.make_user("crm_menu_mgr", "csd_management.group_csd_manager")
        self.assertMenuOpens(
            "csd_management.menu_csd_root",
            user,
            {"csd.visit.plan", "csd.care.holiday", "csd.customer.access.log"},
        )

    def test_demo_customer_base(self):
        huaxin = self.env.ref("csd_management.partner_customer_huaxin_demo")
        sunlin = self.env.ref("csd_management.partner_customer_sunlin_demo")
        self.assertTrue(huaxin.is_key_account)
        self.assertTrue(huaxin.account_manager_id)
        self.assertIn(huaxin.value_class, ("a", "b", "c"))
        self.assertEqual(sunlin.nps_group, "detractor")
        self.assertTrue(sunlin.churn_risk)
        self.assertTrue(huaxin.return_visit_ids.filtered(lambda v: v.state == "done"))
