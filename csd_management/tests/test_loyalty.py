from datetime import timedelta

from freezegun import freeze_time

from odoo import fields
from odoo.tests import tagged

from .common_customer import CsdCustomerCase


@tagged("post_install", "-at_install")
class TestLoyalty(CsdCustomerCase):
    def test_detractor_without_orders_is_at_risk(self):
        loyal = self.Partner.create(
            {
                "name": "深圳华美电子",
                "email": "hm@example.com",
                "customer_stage": "current",
            }
        )
        self.answer_survey(self.customer, 2, 4)
        self.answer_survey(loyal, 5, 10)
        (self.customer | loyal)._csd_reclassify()
        self.assertEqual(self.customer.nps_group, "detractor")
        self.assertTrue(self.customer.churn_risk)
        self.assertTrue(self.customer.churn_detractor)
        self.assertEqual(loyal.nps_group, "promoter")
        self.assertFalse(loyal.churn_risk, "answered a survey: in contact, promoter")
        at_risk = self.Partner.search([("churn_risk", "=", True)])
        self.assertIn(self.customer, at_risk)
        self.assertNotIn(loyal, at_risk)

        self.customer.action_plan_win_back()
        win_back = self.env["mail.activity"].search(
            [
                ("res_model", "=", "res.partner"),
                ("res_id", "=", self.customer.id),
                (
                    "activity_type_id",
                    "=",
                    self.env.ref("csd_management.mail_activity_type_win_back").id,
                ),
            ]
        )
        self.assertEqual(win_back.user_id, self.specialist)

    def test_silence_for_the_churn_period_is_a_risk(self):
        self.set_param("churn_days", 90)
        self.answer_survey(self.customer, 5, 10)
        self.customer._csd_reclassify()
        self.assertFalse(self.customer.churn_risk)
        later = fields.Datetime.now() + timedelta(days=120)
        with freeze_time(later):
            self.customer._csd_reclassify()
        self.assertTrue(self.customer.churn_inactive)
        self.assertTrue(self.customer.churn_risk)
        self.assertFalse(self.customer.nps_group, "the old answer no longer counts")
