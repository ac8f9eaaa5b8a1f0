from odoo.tests import TransactionCase, new_test_user


class CsdComplaintCase(TransactionCase):
    """A five-step service team, its ladder and a customer with two contacts."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=False))
        cls.specialist = new_test_user(
            cls.env,
            login="t_specialist",
            groups="csd_management.group_csd_specialist",
            email="spec@example.com",
        )
        cls.supervisor = new_test_user(
            cls.env,
            login="t_supervisor",
            groups="csd_management.group_csd_supervisor",
            email="sup@example.com",
        )
        cls.manager = new_test_user(
            cls.env,
            login="t_manager",
            groups="csd_management.group_csd_manager",
            email="mgr@example.com",
        )
        cls.dept_head = new_test_user(
            cls.env, login="t_dept_head", groups="base.group_user"
        )
        Employee = cls.env["hr.employee"]
        cls.dept_head_employee = Employee.create(
            {"name": "Head of Installation", "user_id": cls.dept_head.id}
        )
        cls.department = cls.env["hr.department"].create(
            {"name": "Installation", "manager_id": cls.dept_head_employee.id}
        )
        cls.specialist_employee = Employee.create(
            {
                "name": "Specialist Wang",
                "user_id": cls.specialist.id,
                "department_id": cls.department.id,
            }
        )
        cls.env.company.write(
            {
                "csd_supervisor_user_id": cls.supervisor.id,
                "csd_manager_user_id": cls.manager.id,
                "csd_second_complaint_days": 30,
                "csd_alert_level": "major",
                "csd_recovery_approval_amount": 500.0,
            }
        )
        cls.team = cls.env["helpdesk.ticket.team"].create(
            {
                "name": "Service Desk",
                "csd_process": True,
                "csd_promise_hours": 24,
                "user_id": cls.supervisor.id,
                "user_ids": [
                    (6, 0, [cls.specialist.id, cls.supervisor.id, cls.manager.id])
                ],
            }
        )
        cls.category = cls.env["helpdesk.ticket.category"].create(
            {"name": "Product quality"}
        )
        cls.customer = cls.env["res.partner"].create(
            {"name": "Huaxin Trading", "is_company": True, "email": "hx@example.com"}
        )
        cls.contact_a = cls.env["res.partner"].create(
            {"name": "Li Lei", "parent_id": cls.customer.id, "email": "li@example.com"}
        )
        cls.contact_b = cls.env["res.partner"].create(
            {
                "name": "Han Mei",
                "parent_id": cls.customer.id,
                "email": "han@example.com",
            }
        )
        cls.stages = {
            s.csd_step: s
            for s in cls.env["helpdesk.ticket.stage"].search(
                [("csd_step", "!=", False)]
            )
        }

    @classmethod
    def _ticket(cls, **vals):
        values = {
            "name": "Printer jams",
            "description": "<p>The printer jams every day.</p>",
            "team_id": cls.team.id,
            "partner_id": cls.contact_a.id,
            "user_id": cls.specialist.id,
            "ticket_type": "complaint",
            "severity": "normal",
            "category_id": cls.category.id,
        }
        values.update(vals)
        return cls.env["helpdesk.ticket"].create(values)

    def _activities_of(self, ticket, user):
        return ticket.activity_ids.filtered(lambda a: a.user_id == user)
