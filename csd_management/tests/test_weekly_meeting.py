from datetime import date, datetime

from odoo.exceptions import AccessError, UserError
from odoo.tests import TransactionCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestWeeklyMeeting(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.supervisor = new_test_user(
            cls.env,
            "wm_sup",
            groups="csd_management.group_csd_supervisor",
            tz="Asia/Shanghai",
        )
        cls.spec_a = new_test_user(
            cls.env, "wm_a", groups="csd_management.group_csd_specialist"
        )
        cls.spec_b = new_test_user(
            cls.env, "wm_b", groups="csd_management.group_csd_specialist"
        )
        cls.department = cls.env["hr.department"].create({"name": "Hotline team"})
        cls.boss = cls.env["hr.employee"].create(
            {
                "name": "Boss Lin",
                "user_id": cls.supervisor.id,
                "department_id": cls.department.id,
            }
        )
        cls.department.manager_id = cls.boss
        cls.emp_a, cls.emp_b = cls.env["hr.employee"].create(
            [
                {
                    "name": "Chen A",
                    "user_id": cls.spec_a.id,
                    "department_id": cls.department.id,
                },
                {
                    "name": "Du B",
                    "user_id": cls.spec_b.id,
                    "department_id": cls.department.id,
                },
            ]
        )

    def plan(self, weeks=3, date_from=date(2026, 6, 1)):
        wizard = (
            self.env["csd.meeting.plan.wizard"]
            .with_user(self.supervisor)
            .create(
                {
                    "department_id": self.department.id,
                    "date_from": date_from,
                    "weeks": weeks,
                }
            )
        )
        action = wizard.action_plan()
        return self.env["csd.meeting"].search(action["domain"], order="date_start")

    def test_recurring_meetings_on_tuesday_morning(self):
        meetings = self.plan()
        self.assertEqual(len(meetings), 3)
        # Tuesdays 10:00-11:30 in Shanghai = 02:00-03:30 UTC
        self.assertEqual(meetings[0].date_start, datetime(2026, 6, 2, 2, 0))
        self.assertEqual(meetings[0].date_end, datetime(2026, 6, 2, 3, 30))
        self.assertEqual(meetings[2].date_start, datetime(2026, 6, 16, 2, 0))
        # one recurring calendar event with the department as attendees
        events = meetings.calendar_event_id
        self.assertEqual(len(events), 3)
        self.assertEqual(len(events.recurrence_id), 1)
        self.assertEqual(events.recurrence_id.rrule_type, "weekly")
        self.assertIn(self.emp_a.work_contact_id, events[0].partner_ids)
        # the handbook's agenda, one report per specialist
        agenda = meetings[0].agenda_item_ids.sorted("sequence")
        self.assertEqual(agenda[0].name, "Last week's results")
        self.assertEqual(
            agenda.filtered("employee_id").employee_id, self.emp_a | self.emp_b
        )
        self.assertEqual(
            agenda[-2:].mapped("name"),
            ["Complaint case analysis", "This week's tasks"],
        )
        self.assertEqual(
            meetings[0].attendance_ids.employee_id, self.boss | self.emp_a | self.emp_b
        )

    def test_minutes_taken_in_turn(self):
        first = self.plan(weeks=2)
        second = self.plan(weeks=2, date_from=date(2026, 6, 15))
        # the second plan carries on the turn where the first one stopped
        takers = [m.minutes_taker_id for m in (first | second).sorted("date_start")]
        members = (self.boss | self.emp_a | self.emp_b).sorted(lambda e: (e.name, e.id))
        self.assertEqual(takers, [members[i % 3] for i in range(4)])

    def test_minutes_approved_by_supervisor_and_filed(self):
        meeting = self.plan(weeks=1)
        meeting.minutes_taker_id = self.emp_a
        with self.assertRaises(UserError):
            meeting.with_user(self.spec_a).action_submit_minutes()  # no minutes yet
        meeting.with_user(self.spec_a).write({"minutes": "<p>Complaints down 10%</p>"})
        # someone else than the taker cannot write the minutes
        with self.assertRaises(AccessError):
            meeting.with_user(self.spec_b).write({"minutes": "<p>mine</p>"})
        meeting.attendance_ids.filtered(
            lambda a: a.employee_id == self.emp_b
        ).with_user(self.spec_a).attendance = "excused"
        meeting.with_user(self.spec_a).action_submit_minutes()
        self.assertEqual(meeting.state, "submitted")
        self.assertEqual(meeting.activity_ids.user_id, self.supervisor)
        with self.assertRaises(UserError):
            meeting.with_user(self.spec_a).action_approve()
        meeting.with_user(self.supervisor).action_approve()
        self.assertEqual(meeting.state, "approved")
        self.assertEqual(meeting.approver_id, self.supervisor)
        self.assertFalse(meeting.activity_ids)
        self.assertEqual(meeting.present_count, 2)
        with self.assertRaises(UserError):
            meeting.with_user(self.supervisor).write({"minutes": "<p>changed</p>"})
        meeting.with_user(self.supervisor).action_file()
        self.assertEqual(meeting.state, "archived")
        filed = (
            self.env["csd.meeting"]
            .with_user(self.spec_b)
            .search(
                [("state", "=", "archived"), ("department_id", "=", self.department.id)]
            )
        )
        self.assertEqual(filed, meeting)

    def test_bad_plan(self):
        with self.assertRaises(UserError):
            self.env["csd.meeting.plan.wizard"].create(
                {"department_id": self.department.id, "weeks": 0}
            )
        with self.assertRaises(UserError):
            self.env["csd.meeting.plan.wizard"].create(
                {"department_id": self.department.id, "hour_from": 12, "hour_to": 11}
            )
