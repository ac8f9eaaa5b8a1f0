from datetime import date, timedelta

from odoo import fields
from odoo.tests import tagged

from .common import CsdComplaintCase


@tagged("post_install", "-at_install")
class TestContracts(CsdComplaintCase):
    def test_ticket_figures_per_user(self):
        first = self._ticket(feedback_note="Replaced the drum.")
        self._ticket(
            name="Where is my invoice", ticket_type="inquiry", category_id=False
        )
        self._ticket(name="Broken hinge", ticket_type="repair", category_id=False)
        second = self._ticket(name="Printer jams again")  # same category: 二次投诉
        first.stage_id = self.stages["closed"]
        first.recovery_ids = [(0, 0, {"remedy_type": "compensation", "amount": 80.0})]
        first.recovery_ids.action_confirm()
        other = self.supervisor
        today = fields.Date.today()
        figures = self.env["helpdesk.ticket"]._csd_ticket_figures(
            today - timedelta(days=1), today, [self.specialist.id, other.id]
        )
        mine = figures[self.specialist.id]
        self.assertEqual(mine["ticket_count"], 4)
        self.assertEqual(mine["complaint_count"], 2)
        self.assertEqual(mine["inquiry_count"], 1)
        self.assertEqual(mine["repair_count"], 1)
        self.assertEqual(mine["resolved_count"], 1)
        self.assertEqual(mine["first_contact_resolved_count"], 1)
        self.assertTrue(second.is_second_complaint)
        self.assertEqual(mine["second_complaint_count"], 1)
        self.assertEqual(mine["recovery_cost"], 80.0)
        self.assertEqual(figures[other.id]["ticket_count"], 0)
        self.assertEqual(figures[other.id]["recovery_cost"], 0.0)
        # Outside the period nothing counts.
        past = self.env["helpdesk.ticket"]._csd_ticket_figures(
            date(2000, 1, 1), date(2000, 1, 31), [self.specialist.id]
        )
        self.assertEqual(past[self.specialist.id]["ticket_count"], 0)

    def test_fine_figures_count_only_approved_notices(self):
        Penalty = self.env["csd.complaint.penalty"]
        employee = self.specialist_employee
        base = {"employee_id": employee.id, "reason": "Said 'not my business'"}
        notice = Penalty.create(dict(base, kind="notice", amount=20.0))
        opinion = Penalty.create(dict(base, kind="opinion", amount=50.0))
        refused = Penalty.create(dict(base, kind="notice", amount=70.0))
        (notice | opinion | refused).action_submit()
        (notice | opinion).with_user(self.manager).action_approve()
        refused.with_user(self.manager).action_refuse()
        Penalty.create(dict(base, kind="notice", amount=30.0))  # still draft
        today = fields.Date.today()
        figures = Penalty._csd_fine_figures(
            today, today, [employee.id, self.dept_head_employee.id]
        )
        self.assertEqual(figures, {employee.id: 20.0, self.dept_head_employee.id: 0.0})
