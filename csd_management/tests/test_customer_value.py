from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .common_customer import CsdCustomerCase


@tagged("post_install", "-at_install")
class TestCustomerValue(CsdCustomerCase):
    def test_customer_moves_from_c_to_a_when_its_history_changes(self):
        self.set_param("value_weight_satisfaction", 100)
        self.set_param("value_weight_inquiry", 5)
        self.set_param("value_threshold_a", 80)
        self.set_param("value_threshold_b", 40)
        self.Partner._cron_reclassify_customers()
        self.assertEqual(self.customer.value_class, "c")
        self.assertEqual(self.customer.value_score, 0)

        self.answer_survey(self.customer, 5, 10)
        self.customer._csd_reclassify()
        self.assertEqual(self.customer.value_class, "a")
        self.assertEqual(self.customer.value_score, 100)
        # the change is in the chatter and in the class history
        tracking = self.env["mail.tracking.value"].search(
            [
                ("mail_message_id.model", "=", "res.partner"),
                ("mail_message_id.res_id", "=", self.customer.id),
                ("field_id.name", "=", "value_class"),
            ]
        )
        self.assertIn("A", tracking.mapped("new_value_char"))
        history = self.env["csd.customer.class.history"].search(
            [("partner_id", "=", self.customer.id)], order="id"
        )
        self.assertEqual(history.mapped("new_class"), ["c", "a"])

    def test_complaints_lower_the_class(self):
        if "helpdesk.ticket" not in self.env:
            self.skipTest("tickets come with csd_complaints")
        self.set_param("value_weight_satisfaction", 100)
        self.set_param("value_weight_complaint", 30)
        self.answer_survey(self.customer, 5, 10)
        self.customer._csd_reclassify()
        self.assertEqual(self.customer.value_class, "a")
        Ticket = self.env["helpdesk.ticket"]
        Ticket.create(
            [
                {
                    "name": f"投诉 {n}",
                    "description": "送货延误",
                    "partner_id": self.customer.id,
                    "ticket_type": "complaint",
                }
                for n in range(2)
            ]
        )
        self.customer._csd_reclassify()
        self.assertEqual(self.customer.value_score, 40)
        self.assertEqual(self.customer.value_class, "b")

    def test_reclassification_does_not_query_per_customer(self):
        customers = self.Partner.create([{"name": f"客户 {n}"} for n in range(40)])
        customers[:2]._csd_reclassify()  # warm the caches
        few = self.Partner.create([{"name": f"小客户 {n}"} for n in range(2)])
        queries = []
        for batch in (few, customers):
            self.env.invalidate_all()
            count = self.cr.sql_log_count
            batch._csd_reclassify()
            queries.append(self.cr.sql_log_count - count)
        # 40 customers cost no more queries than 2, beyond the class writes
        self.assertLessEqual(queries[1], queries[0] + 5)

    def test_settings_refuse_inconsistent_thresholds(self):
        settings = self.env["res.config.settings"].create(
            {"csd_value_threshold_a": 30, "csd_value_threshold_b": 50}
        )
        with self.assertRaises(ValidationError):
            settings.execute()
        settings = self.env["res.config.settings"].create(
            {"csd_value_threshold_a": 90, "csd_value_threshold_b": 50}
        )
        settings.execute()
        self.assertEqual(self.Partner._csd_value_settings()["threshold_a"], 90)

    def test_sales_history_counts_when_sales_is_installed(self):
        if "sale.order" not in self.env:
            self.skipTest("the Sales app is not installed")
        product = self.env["product.product"].create(
            {"name": "服务器", "list_price": 30000, "standard_price": 20000}
        )
        contact = self.Partner.create({"name": "采购员", "parent_id": self.customer.id})
        for buyer in (self.customer, contact):
            order = self.env["sale.order"].create(
                {
                    "partner_id": buyer.id,
                    "order_line": [(0, 0, {"product_id": product.id})],
                }
            )
            order.action_confirm()
        self.customer._csd_reclassify()
        # 60,000 of sales (6 points), 2 orders (4), and 20,000 of margin (6)
        # when the margin is known
        margin = 6 if "margin" in self.env["sale.order"]._fields else 0
        self.assertEqual(self.customer.value_score, 10 + margin)
        self.assertEqual(self.customer.repurchase_rate, 50)
