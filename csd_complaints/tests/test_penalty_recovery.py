from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user, tagged

from .common import CsdComplaintCase


@tagged("post_install", "-at_install")
class TestPenaltyAndRecovery(CsdComplaintCase):
    def _penalty(self, user, **vals):
        values = {
            "kind": "notice",
            "employee_id": self.specialist_employee.id,
            "amount": 20.0,
            "reason": "Forbidden phrase used",
        }
        values.update(vals)
        return self.env["csd.complaint.penalty"].with_user(user).create(values)

    def test_responsibility_and_penalty_approval(self):
        ticket = self._ticket(
            responsible_department_id=self.department.id,
            responsible_employee_id=self.specialist_employee.id,
        )
        action = ticket.action_view_penalties()
        self.assertEqual(
            action["context"]["default_employee_id"], self.specialist_employee.id
        )
        penalty = self._penalty(self.supervisor, ticket_id=ticket.id)
        self.assertEqual(penalty.department_id, self.department)
        self.assertTrue(penalty.name.startswith("PEN/"))
        penalty.action_submit()
        self.assertEqual(penalty.state, "to_approve")
        self.assertTrue(
            penalty.activity_ids.filtered(lambda a: a.user_id == self.manager)
        )
        with self.assertRaisesRegex(UserError, "manager"):
            penalty.with_user(self.supervisor).action_approve()
        penalty.with_user(self.manager).action_approve()
        self.assertEqual(penalty.state, "approved")
        self.assertEqual(penalty.approved_by_id, self.manager)
        self.assertEqual(ticket.penalty_count, 1)
        with self.assertRaises(UserError):
            penalty.unlink()
        with self.assertRaisesRegex(UserError, "amount"):
            self._penalty(self.supervisor, amount=0.0).action_submit()

    def test_penalty_record_rules(self):
        other = new_test_user(
            self.env, login="t_spec2", groups="csd_management.group_csd_specialist"
        )
        mine = self._penalty(self.supervisor)  # concerns the specialist
        theirs = self._penalty(self.supervisor, employee_id=self.dept_head_employee.id)
        Penalty = self.env["csd.complaint.penalty"]
        self.assertEqual(
            Penalty.with_user(self.specialist).search(
                [("id", "in", (mine | theirs).ids)]
            ),
            mine,
        )
        self.assertFalse(
            Penalty.with_user(other).search([("id", "in", (mine | theirs).ids)])
        )
        self.assertEqual(
            Penalty.with_user(self.supervisor).search_count(
                [("id", "in", (mine | theirs).ids)]
            ),
            2,
        )
        salesman = new_test_user(
            self.env, login="t_sales", groups="sales_team.group_sale_salesman"
        )
        with self.assertRaises(AccessError):
            Penalty.with_user(salesman).search([])

    def test_recovery_approval_above_threshold(self):
        ticket = self._ticket()
        Recovery = self.env["csd.service.recovery"].with_user(self.specialist)
        apology = Recovery.create({"ticket_id": ticket.id, "remedy_type": "apology"})
        coupon = Recovery.create(
            {"ticket_id": ticket.id, "remedy_type": "coupon", "amount": 100.0}
        )
        credit = Recovery.create(
            {"ticket_id": ticket.id, "remedy_type": "credit", "amount": 800.0}
        )
        (apology | coupon | credit).action_confirm()
        self.assertEqual(apology.state, "approved")
        self.assertEqual(coupon.state, "approved")
        self.assertEqual(credit.state, "to_approve")
        self.assertEqual(ticket.recovery_cost, 100.0)
        with self.assertRaises(UserError):
            credit.with_user(self.specialist).action_approve()
        credit.with_user(self.manager).action_approve()
        self.assertEqual(ticket.recovery_cost, 900.0)
        groups = self.env["csd.service.recovery"]._read_group(
            [("state", "=", "approved"), ("ticket_id", "=", ticket.id)],
            ["date:month"],
            ["amount:sum"],
        )
        self.assertEqual(groups[0][1], 900.0)
