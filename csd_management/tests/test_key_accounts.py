from datetime import date

from freezegun import freeze_time

from odoo.tests import tagged

from .common_customer import CsdCustomerCase


@tagged("post_install", "-at_install")
class TestKeyAccounts(CsdCustomerCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.customer.is_key_account = True

    def activities(self, activity_xmlid):
        return self.env["mail.activity"].search(
            [
                ("res_model", "=", "res.partner"),
                ("res_id", "=", self.customer.id),
                ("activity_type_id", "=", self.env.ref(activity_xmlid).id),
            ]
        )

    def test_reminder_appears_n_days_before_the_end_date(self):
        self.set_param("reminder_days", 20)
        self.customer.deadline_ids = [
            (0, 0, {"kind": "warranty", "name": "服务器保修", "end_date": "2026-06-30"})
        ]
        reminders = "csd_management.mail_activity_type_deadline"
        Deadline = self.env["csd.customer.deadline"]
        with freeze_time("2026-06-09"):
            Deadline._cron_remind()
        self.assertFalse(self.activities(reminders), "21 days before: too early")
        with freeze_time("2026-06-10"):
            Deadline._cron_remind()
            Deadline._cron_remind()  # a rerun plans nothing twice
        reminder = self.activities(reminders)
        self.assertEqual(len(reminder), 1)
        self.assertEqual(reminder.user_id, self.specialist)
        self.assertEqual(reminder.date_deadline, date(2026, 6, 30))
        self.assertIn("服务器保修", reminder.summary)
        # a renewed warranty is reminded again before its new end
        self.customer.deadline_ids.end_date = "2027-06-30"
        self.assertFalse(self.customer.deadline_ids.reminded)

    def test_weekly_review_for_the_account_manager(self):
        review = "csd_management.mail_activity_type_key_account_review"
        self.Partner._cron_key_account_review()
        self.Partner._cron_key_account_review()
        activity = self.activities(review)
        self.assertEqual(len(activity), 1)
        self.assertEqual(activity.user_id, self.specialist)
        activity.action_feedback("需求已确认")
        self.Partner._cron_key_account_review()
        self.assertEqual(len(self.activities(review)), 1, "next week's review")

    def test_care_on_holidays_and_birthdays(self):
        care = "csd_management.mail_activity_type_customer_care"
        holiday = self.env.ref("csd_management.care_holiday_national_day")
        holiday.mail_template_id = self.env.ref(
            "csd_management.mail_template_customer_care"
        )
        contact = self.Partner.create(
            {"name": "陈总", "parent_id": self.customer.id, "birthday": "1975-10-02"}
        )
        with freeze_time("2026-10-01"):
            self.Partner._cron_care_events()
        activity = self.activities(care)
        self.assertEqual(activity.summary, "National Day")
        self.assertEqual(activity.user_id, self.specialist)
        self.assertTrue(
            self.customer.message_ids.filtered(
                lambda m: m.message_type == "comment"
                and "Best wishes" in (m.subject or "")
            ),
            "the holiday greeting was sent",
        )
        with freeze_time("2026-10-02"):
            self.Partner._cron_care_events()
        birthday = self.env["mail.activity"].search(
            [("res_model", "=", "res.partner"), ("res_id", "=", contact.id)]
        )
        self.assertEqual(birthday.summary, "Birthday")
        self.assertEqual(birthday.user_id, self.specialist, "the company's manager")
