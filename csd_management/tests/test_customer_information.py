from datetime import timedelta

from odoo import fields
from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common_customer import CsdCustomerCase


@tagged("post_install", "-at_install")
class TestCustomerInformation(CsdCustomerCase):
    def test_stale_list_follows_the_review_period(self):
        today = fields.Date.today()
        self.customer.info_review_date = today - timedelta(days=100)
        fresh = self.Partner.create(
            {"name": "北京恒远科技", "info_review_date": today - timedelta(days=10)}
        )
        self.set_param("info_review_days", 60)
        stale = self.Partner.search([("is_info_stale", "=", True)])
        self.assertIn(self.customer, stale)
        self.assertNotIn(fresh, stale)
        self.assertTrue(self.customer.is_info_stale)
        self.customer.action_mark_reviewed()
        self.assertNotIn(
            self.customer, self.Partner.search([("is_info_stale", "=", True)])
        )

    def test_salesperson_is_refused_the_confidential_file(self):
        self.customer.sudo().customer_credit_limit = 500000
        customer = self.customer.with_user(self.salesperson)
        # the ordinary contact data stays readable
        self.assertEqual(customer.read(["name"])[0]["name"], "上海明德贸易有限公司")
        with self.assertRaises(AccessError) as refusal:
            customer.read(["customer_credit_limit"])
        self.assertIn("confidential customer file", str(refusal.exception))
        with self.assertRaises(AccessError):
            customer.export_data(["name", "customer_credit_rating"])
        # the form a salesperson opens simply does not carry the credit fields
        arch = self.Partner.with_user(self.salesperson).get_views([(False, "form")])
        form = arch["views"]["form"]["arch"]
        self.assertNotIn("customer_credit_limit", form)
        self.assertIn(
            "customer_credit_limit",
            self.Partner.with_user(self.specialist2).get_views([(False, "form")])[
                "views"
            ]["form"]["arch"],
        )

    def test_reads_and_exports_by_outsiders_are_logged(self):
        Log = self.env["csd.customer.access.log"]
        # the account manager belongs to the owning team: not logged
        self.customer.with_user(self.specialist).read(["customer_credit_rating"])
        self.customer.with_user(self.manager).read(["customer_credit_rating"])
        self.assertFalse(Log.search([("partner_id", "=", self.customer.id)]))
        # another specialist may read it, but it is recorded
        outsider = self.customer.with_user(self.specialist2)
        outsider.read(["name", "customer_credit_rating"])
        outsider.export_data(["name", "customer_credit_limit"])
        outsider.read(["name", "city"])  # no confidential field: no entry
        logs = Log.search([("partner_id", "=", self.customer.id)])
        self.assertEqual(sorted(logs.mapped("operation")), ["export", "read"])
        self.assertEqual(logs.user_id, self.specialist2)
        self.assertIn(
            "Credit Rating", logs.filtered(lambda x: x.operation == "read").field_names
        )
        # only managers read the log
        with self.assertRaises(AccessError):
            Log.with_user(self.specialist2).search([])
