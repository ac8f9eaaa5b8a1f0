from odoo.tests import tagged

from .common import CsdMenuCase

DEPARTMENT_MODELS = {
    "csd.rule.document",
    "csd.rule.version",
    "csd.rule.acknowledgement",
    "csd.duty.shift",
    "csd.duty.swap",
    "csd.meeting",
    "csd.emergency.plan",
    "csd.emergency.drill",
    "csd.emergency.incident",
}


@tagged("post_install", "-at_install")
class TestDepartmentMenus(CsdMenuCase):
    def test_specialist_opens_department_menus(self):
        user = self.make_user("dm_spec", "csd_management.group_csd_specialist")
        opened = self.assertMenuOpens(
            "csd_management.menu_csd_root", user, DEPARTMENT_MODELS
        )
        self.assertNotIn("csd.duty.roster", opened)
        self.assertNotIn("csd.rule.chapter", opened)

    def test_supervisor_and_manager_open_their_menus(self):
        supervisor = self.make_user("dm_sup", "csd_management.group_csd_supervisor")
        self.assertMenuOpens(
            "csd_management.menu_csd_root",
            supervisor,
            DEPARTMENT_MODELS | {"csd.duty.roster", "csd.meeting.plan.wizard"},
        )
        manager = self.make_user("dm_mgr", "csd_management.group_csd_manager")
        self.assertMenuOpens(
            "csd_management.menu_csd_root",
            manager,
            DEPARTMENT_MODELS | {"csd.rule.chapter", "hr.job"},
        )
