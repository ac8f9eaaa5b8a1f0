from odoo.tests import tagged

from .common import CsdMenuCase


@tagged("post_install", "-at_install")
class TestCsdManagementInstall(CsdMenuCase):
    def test_specialist_opens_department_menus(self):
        user = self.make_user("csd_spec", "csd_management.group_csd_specialist")
        self.assertMenuOpens(
            "csd_management.menu_csd_root",
            user,
            {"hr.department", "hr.job", "hr.employee.public"},
        )

    def test_app_hidden_from_users_without_a_role(self):
        user = self.make_user("plain_employee", "base.group_user")
        menus = self.env["ir.ui.menu"].with_user(user).load_menus(debug=False)
        root = self.env.ref("csd_management.menu_csd_root")
        self.assertNotIn(root.id, menus["root"]["children"])

    def test_roles_imply_each_other(self):
        manager = self.env.ref("csd_management.group_csd_manager")
        supervisor = self.env.ref("csd_management.group_csd_supervisor")
        specialist = self.env.ref("csd_management.group_csd_specialist")
        self.assertIn(supervisor, manager.implied_ids)
        self.assertIn(specialist, supervisor.implied_ids)
        self.assertIn(specialist, manager.trans_implied_ids)
        self.assertIn(self.env.ref("hr.group_hr_user"), manager.trans_implied_ids)
        user = self.make_user("csd_mgr", "csd_management.group_csd_manager")
        self.assertTrue(user.has_group("csd_management.group_csd_specialist"))

    def test_handbook_department_and_positions(self):
        department = self.env.ref("csd_management.dep_customer_service")
        jobs = self.env["hr.job"].search([("department_id", "=", department.id)])
        self.assertLessEqual(
            {
                "Customer Service Manager",
                "Customer Service Supervisor",
                "Customer Service Specialist",
            },
            set(jobs.mapped("name")),
        )

    def test_demo_department_is_staffed(self):
        department = self.env.ref("csd_management.dep_customer_service")
        staff = self.env["hr.employee"].search([("department_id", "=", department.id)])
        self.assertGreaterEqual(len(staff), 5)
        self.assertEqual(
            department.manager_id,
            self.env.ref("csd_management.employee_csd_manager_demo"),
        )
        specialist = self.env.ref("csd_management.user_csd_specialist_demo")
        self.assertTrue(specialist.has_group("csd_management.group_csd_specialist"))
        self.assertFalse(specialist.has_group("csd_management.group_csd_supervisor"))
