from datetime import date

from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user, tagged

from .common_customer import CsdCustomerCase


@tagged("post_install", "-at_install")
class TestReturnVisits(CsdCustomerCase):
    def test_plan_schedules_the_right_number_of_visits(self):
        Partner = self.Partner
        customers = {
            value_class: Partner.create(
                {"name": f"{value_class} 类客户", "value_class": value_class}
            )
            for value_class in "abc"
        }
        plans = self.env["csd.visit.plan"].search([])
        visits = plans._schedule_visits(date(2026, 1, 1), date(2026, 12, 31))
        counts = {
            value_class: len(visits.filtered(lambda v, p=partner: v.partner_id == p))
            for value_class, partner in customers.items()
        }
        self.assertEqual(counts, {"a": 12, "b": 4, "c": 1})
        a_visits = visits.filtered(lambda v: v.partner_id == customers["a"])
        self.assertEqual(
            a_visits.sorted("date_planned")[1].date_planned, date(2026, 2, 1)
        )
        self.assertTrue(a_visits.activity_ids, "each visit is an activity too")
        # planning the same year again adds nothing; the next year continues
        self.assertFalse(plans._schedule_visits(date(2026, 1, 1), date(2026, 12, 31)))
        next_year = plans._schedule_visits(date(2026, 1, 1), date(2027, 3, 31))
        self.assertEqual(
            len(next_year.filtered(lambda v: v.partner_id == customers["a"])), 3
        )

    def test_other_addons_request_a_visit_and_it_is_recorded(self):
        origin = self.env["csd.return.visit"].create(
            {"partner_id": self.customer.id, "date_planned": "2026-01-05"}
        )
        contact = self.Partner.create({"name": "李经理", "parent_id": self.customer.id})
        visit = self.env["csd.return.visit"]._request_return_visit(
            contact, origin=origin, note="投诉处理后回访"
        )
        self.assertEqual(visit.partner_id, self.customer)
        self.assertEqual(visit.user_id, self.specialist, "the account manager")
        self.assertEqual(visit._origin_record(), origin)
        self.assertEqual(visit.state, "planned")
        with self.assertRaises(UserError):
            visit.action_done()  # no outcome yet
        visit.write(
            {
                "outcome": "satisfied",
                "channel": "onsite",
                "customer_opinion": "<p>很满意</p>",
            }
        )
        visit.action_done()
        self.assertEqual(visit.state, "done")
        self.assertFalse(visit.activity_ids)
        with self.assertRaises(UserError):
            visit.unlink()

    def test_specialists_see_their_own_visits(self):
        Visit = self.env["csd.return.visit"]
        mine = Visit.create(
            {"partner_id": self.customer.id, "user_id": self.specialist.id}
        )
        other = Visit.create(
            {
                "partner_id": self.Partner.create({"name": "别人的客户"}).id,
                "user_id": self.specialist2.id,
            }
        )
        seen = Visit.with_user(self.specialist).search(
            [("id", "in", (mine | other).ids)]
        )
        self.assertEqual(seen, mine)
        with self.assertRaises(AccessError):
            other.with_user(self.specialist).read(["name"])
        supervisor = self.make_supervisor()
        self.assertEqual(
            Visit.with_user(supervisor).search([("id", "in", (mine | other).ids)]),
            mine | other,
        )

    def make_supervisor(self):
        return new_test_user(
            self.env, login="crm_sup", groups="csd_management.group_csd_supervisor"
        )

    def test_salesperson_has_no_access_to_visits(self):
        visit = self.env["csd.return.visit"].create({"partner_id": self.customer.id})
        with self.assertRaises(AccessError):
            visit.with_user(self.salesperson).read(["name"])
