from odoo.tests import tagged

from odoo.addons.csd_management.tests.common import CsdMenuCase


@tagged("post_install", "-at_install")
class TestCsdComplaintsInstall(CsdMenuCase):
    def test_manager_opens_complaint_menus(self):
        user = self.make_user("csd_mgr", "csd_management.group_csd_manager")
        self.assertMenuOpens(
            "csd_complaints.menu_csd_complaints_root",
            user,
            {
                "helpdesk.ticket",
                "helpdesk.ticket.team",
                "helpdesk.ticket.category",
                "helpdesk.ticket.channel",
            },
        )

    def test_specialist_sees_tickets_not_configuration(self):
        user = self.make_user("csd_spec", "csd_management.group_csd_specialist")
        opened = self.assertMenuOpens(
            "csd_complaints.menu_csd_complaints_root", user, {"helpdesk.ticket"}
        )
        self.assertNotIn("helpdesk.ticket.team", opened)

    def test_roles_give_helpdesk_rights(self):
        specialist = self.make_user("csd_spec", "csd_management.group_csd_specialist")
        supervisor = self.make_user("csd_sup", "csd_management.group_csd_supervisor")
        manager = self.make_user("csd_mgr", "csd_management.group_csd_manager")
        self.assertTrue(specialist.has_group("helpdesk_mgmt.group_helpdesk_user_team"))
        self.assertFalse(specialist.has_group("helpdesk_mgmt.group_helpdesk_user"))
        self.assertTrue(supervisor.has_group("helpdesk_mgmt.group_helpdesk_user"))
        self.assertTrue(manager.has_group("helpdesk_mgmt.group_helpdesk_manager"))

    def test_salespeople_get_history_reader(self):
        salesman = self.make_user("sales", "sales_team.group_sale_salesman")
        self.assertTrue(
            salesman.has_group("csd_complaints.group_complaint_history_reader")
        )
        self.assertFalse(salesman.has_group("helpdesk_mgmt.group_helpdesk_user_own"))

    def test_demo_tickets_loaded(self):
        team = self.env.ref("csd_complaints.helpdesk_team_csd_demo")
        self.assertGreaterEqual(len(team.ticket_ids), 3)
        specialist = self.env.ref("csd_management.user_csd_specialist_demo")
        own = (
            self.env["helpdesk.ticket"]
            .with_user(specialist)
            .search([("team_id", "=", team.id)])
        )
        self.assertEqual(own, team.ticket_ids)
