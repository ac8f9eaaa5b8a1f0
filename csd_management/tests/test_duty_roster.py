from datetime import date, datetime

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import TransactionCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestDutyRoster(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls.env.company
        cls.calendar = cls.company.resource_calendar_id
        cls.calendar.tz = "Asia/Shanghai"
        # public holidays are entered in the user's time zone
        cls.env.user.tz = "Asia/Shanghai"
        cls.supervisor = new_test_user(
            cls.env, "dr_sup", groups="csd_management.group_csd_supervisor"
        )
        cls.spec_a = new_test_user(
            cls.env, "dr_a", groups="csd_management.group_csd_specialist"
        )
        cls.spec_b = new_test_user(
            cls.env, "dr_b", groups="csd_management.group_csd_specialist"
        )
        cls.emp_a, cls.emp_b, cls.emp_c = cls.env["hr.employee"].create(
            [
                {"name": "A Zhou", "user_id": cls.spec_a.id},
                {"name": "B Wu", "user_id": cls.spec_b.id},
                {"name": "C Zheng"},
            ]
        )
        # Labour Day, Friday 2026-05-01, is a public holiday of the company.
        cls.env["resource.calendar.leaves"].create(
            {
                "name": "Labour Day",
                "calendar_id": cls.calendar.id,
                "company_id": cls.company.id,
                "date_from": datetime(2026, 4, 30, 16, 0),  # 05-01 00:00 Shanghai
                "date_to": datetime(2026, 5, 1, 15, 59),
            }
        )
        cls.roster = (
            cls.env["csd.duty.roster"]
            .with_user(cls.supervisor)
            .create(
                {
                    "name": "Duty, late April",
                    "company_id": cls.company.id,
                    "date_from": date(2026, 4, 29),  # Wednesday
                    "date_to": date(2026, 5, 4),  # Monday
                    "employee_ids": [(6, 0, (cls.emp_a | cls.emp_b | cls.emp_c).ids)],
                }
            )
        )
        cls.roster.action_generate_shifts()

    def shift_on(self, day):
        return self.roster.shift_ids.filtered(
            lambda s: s.date_start.date() == day
            or (s.date_start.date() < day and s.date_end.date() >= day)
        )[:1]

    def test_generated_shifts_follow_the_handbook(self):
        shifts = self.roster.shift_ids.sorted("date_start")
        self.assertEqual(len(shifts), 6)
        # weekday: 18:00-19:00 Shanghai = 10:00-11:00 UTC
        self.assertEqual(shifts[0].day_type, "weekday")
        self.assertEqual(shifts[0].date_start, datetime(2026, 4, 29, 10, 0))
        self.assertEqual(shifts[0].date_end, datetime(2026, 4, 29, 11, 0))
        # public holiday (Friday) and weekend: 9:00-18:00 = 1:00-10:00 UTC
        self.assertEqual(
            shifts.mapped("day_type"),
            ["weekday", "weekday", "holiday", "weekend", "weekend", "weekday"],
        )
        self.assertEqual(shifts[2].date_start, datetime(2026, 5, 1, 1, 0))
        self.assertEqual(shifts[2].date_end, datetime(2026, 5, 1, 10, 0))
        # in turn
        self.assertEqual(
            shifts.employee_id.ids, (self.emp_a | self.emp_b | self.emp_c).ids
        )
        self.assertEqual(shifts[3].employee_id, shifts[0].employee_id)

    def test_bad_input(self):
        with self.assertRaises(ValidationError):
            self.env["csd.duty.shift"].create(
                {
                    "employee_id": self.emp_a.id,
                    "date_start": datetime(2026, 5, 6, 11, 0),
                    "date_end": datetime(2026, 5, 6, 10, 0),
                }
            )
        with self.assertRaises(ValidationError):
            self.roster.write({"date_to": date(2026, 4, 1)})
        empty = self.env["csd.duty.roster"].create(
            {
                "name": "Empty",
                "date_from": date(2026, 6, 1),
                "date_to": date(2026, 6, 2),
            }
        )
        with self.assertRaises(UserError):
            empty.action_generate_shifts()
        shift_a = self.roster.shift_ids.filtered(lambda s: s.employee_id == self.emp_a)[
            0
        ]
        with self.assertRaises(ValidationError):
            self.env["csd.duty.swap"].with_user(self.spec_a).create(
                {"shift_id": shift_a.id, "target_employee_id": self.emp_a.id}
            )

    def test_swap_needs_supervisor_approval(self):
        shifts = self.roster.shift_ids.sorted("date_start")
        shift_a = shifts.filtered(lambda s: s.employee_id == self.emp_a)[0]
        shift_b = shifts.filtered(lambda s: s.employee_id == self.emp_b)[0]
        swap = (
            self.env["csd.duty.swap"]
            .with_user(self.spec_a)
            .create(
                {
                    "shift_id": shift_a.id,
                    "target_employee_id": self.emp_b.id,
                    "target_shift_id": shift_b.id,
                    "reason": "Family dinner",
                }
            )
        )
        self.assertEqual(swap.employee_id, self.emp_a)
        self.assertEqual(swap.state, "to_approve")
        # nothing changes before approval, and a specialist cannot approve
        self.assertEqual(shift_a.employee_id, self.emp_a)
        with self.assertRaises(UserError):
            swap.with_user(self.spec_b).action_approve()
        # B sees the request, C's user would not
        self.assertIn(swap, self.env["csd.duty.swap"].with_user(self.spec_b).search([]))
        swap.with_user(self.supervisor).action_approve()
        self.assertEqual(swap.state, "approved")
        self.assertEqual(swap.approver_id, self.supervisor)
        self.assertEqual(shift_a.employee_id, self.emp_b)
        self.assertEqual(shift_b.employee_id, self.emp_a)
        # tracked on the swap and on the shift (tracking is written at commit)
        self.env.flush_all()
        self.env.cr.precommit.run()
        self.assertTrue(
            swap.sudo().message_ids.tracking_value_ids.filtered(
                lambda t: t.field_id.name == "state"
            )
        )
        self.assertTrue(
            shift_a.sudo().message_ids.tracking_value_ids.filtered(
                lambda t: t.field_id.name == "employee_id"
            )
        )
        with self.assertRaises(UserError):
            swap.with_user(self.supervisor).action_refuse()
        # a roster whose shifts were swapped is not regenerated blindly
        with self.assertRaises(UserError):
            self.roster.action_generate_shifts()

    def test_specialist_reads_roster_but_cannot_change_it(self):
        shifts = (
            self.env["csd.duty.shift"]
            .with_user(self.spec_a)
            .search([("roster_id", "=", self.roster.id)])
        )
        self.assertEqual(len(shifts), 6)
        with self.assertRaises(AccessError):
            shifts[0].with_user(self.spec_a).employee_id = self.emp_b
        other = self.roster.shift_ids.filtered(lambda s: s.employee_id == self.emp_b)[0]
        with self.assertRaises(ValidationError):
            self.env["csd.duty.swap"].with_user(self.spec_a).create(
                {
                    "shift_id": other.id,
                    "employee_id": self.emp_a.id,
                    "target_employee_id": self.emp_c.id,
                }
            )

    def test_specialist_asks_from_the_shift(self):
        shift_a = self.roster.shift_ids.filtered(lambda s: s.employee_id == self.emp_a)[
            0
        ]
        action = shift_a.with_user(self.spec_a).action_request_swap()
        swap = (
            self.env["csd.duty.swap"]
            .with_user(self.spec_a)
            .with_context(**action["context"])
            .create({"target_employee_id": self.emp_c.id})
        )
        self.assertEqual((swap.shift_id, swap.employee_id), (shift_a, self.emp_a))
        self.assertFalse(swap.target_shift_id)
        swap.with_user(self.supervisor).action_approve()
        self.assertEqual(shift_a.employee_id, self.emp_c)

    def test_next_roster_carries_on_the_turn(self):
        last = self.roster.shift_ids.sorted("date_start")[-1]  # Monday 05-04
        following = self.env["csd.duty.roster"].create(
            {
                "name": "Duty, May",
                "company_id": self.company.id,
                "department_id": self.roster.department_id.id,
                "date_from": date(2026, 5, 5),
                "date_to": date(2026, 5, 7),
                "employee_ids": [(6, 0, self.roster.employee_ids.ids)],
            }
        )
        following.action_generate_shifts()
        first = following.shift_ids.sorted("date_start")[0]
        order = self.roster.employee_ids.sorted(lambda e: (e.name, e.id))
        expected = order[(list(order).index(last.employee_id) + 1) % len(order)]
        self.assertEqual(first.employee_id, expected)
        self.assertNotEqual(first.employee_id, last.employee_id)
