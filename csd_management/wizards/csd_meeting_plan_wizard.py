from datetime import timedelta

import pytz

from odoo import api, fields, models
from odoo.exceptions import UserError

WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


class CsdMeetingPlanWizard(models.TransientModel):
    _name = "csd.meeting.plan.wizard"
    _description = "Plan Weekly Department Meetings"

    department_id = fields.Many2one(
        "hr.department",
        required=True,
        default=lambda self: self.env.ref(
            "csd_management.dep_customer_service", raise_if_not_found=False
        ),
    )
    date_from = fields.Date(
        string="From", required=True, default=fields.Date.context_today
    )
    weeks = fields.Integer(string="Number of Weeks", required=True, default=4)
    # Handbook: every Tuesday 10:00-11:30 (部门例会制度).
    weekday = fields.Selection(
        [
            ("mon", "Monday"),
            ("tue", "Tuesday"),
            ("wed", "Wednesday"),
            ("thu", "Thursday"),
            ("fri", "Friday"),
        ],
        required=True,
        default="tue",
    )
    hour_from = fields.Float(string="From Hour", default=10.0)
    hour_to = fields.Float(string="To Hour", default=11.5)

    @api.constrains("weeks", "hour_from", "hour_to")
    def _check_values(self):
        for wizard in self:
            if wizard.weeks < 1 or wizard.weeks > 104:
                raise UserError(self.env._("Plan between 1 and 104 weeks."))
            if not 0 <= wizard.hour_from < wizard.hour_to <= 24:
                raise UserError(self.env._("The meeting must end after it starts."))

    def action_plan(self):
        self.ensure_one()
        members = self.env["hr.employee"].search(
            [("department_id", "child_of", self.department_id.id)], order="name, id"
        )
        if not members:
            raise UserError(self.env._("The department has no staff to meet."))
        tz_name = self.env.user.tz or self.env.company.resource_calendar_id.tz or "UTC"
        tz = pytz.timezone(tz_name)
        first = self.date_from + timedelta(
            days=(WEEKDAYS.index(self.weekday) - self.date_from.weekday()) % 7
        )
        start = tz.localize(
            fields.Datetime.to_datetime(first) + timedelta(hours=self.hour_from)
        )
        duration = timedelta(hours=self.hour_to - self.hour_from)
        partners = members.work_contact_id
        name = self.env._("Weekly meeting of %s", self.department_id.name)
        event = (
            self.env["calendar.event"]
            .with_context(no_mail_to_attendees=True)
            .create(
                {
                    "name": name,
                    "start": start.astimezone(pytz.utc).replace(tzinfo=None),
                    "stop": (start + duration)
                    .astimezone(pytz.utc)
                    .replace(tzinfo=None),
                    "event_tz": tz_name,
                    "partner_ids": [fields.Command.set(partners.ids)],
                    "location": self.env._("Meeting room"),
                    "recurrency": True,
                    "rrule_type": "weekly",
                    self.weekday: True,
                    "interval": 1,
                    "end_type": "count",
                    "count": self.weeks,
                }
            )
        )
        events = (event.recurrence_id.calendar_event_ids or event).sorted("start")
        specialists = members - self.department_id.manager_id
        Meeting = self.env["csd.meeting"]
        last = Meeting.search(
            [
                ("department_id", "=", self.department_id.id),
                ("minutes_taker_id", "in", members.ids),
            ],
            order="date_start desc, id desc",
            limit=1,
        )
        turn = members.ids.index(last.minutes_taker_id.id) + 1 if last else 0
        vals_list = []
        for event in events:
            vals_list.append(
                {
                    "name": event.name,
                    "department_id": self.department_id.id,
                    "calendar_event_id": event.id,
                    "date_start": event.start,
                    "date_end": event.stop,
                    "minutes_taker_id": members[turn % len(members)].id,
                    "agenda_item_ids": Meeting._agenda_vals(specialists),
                    "attendance_ids": [
                        fields.Command.create({"employee_id": m.id}) for m in members
                    ],
                }
            )
            turn += 1
        meetings = Meeting.create(vals_list)
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Weekly Meetings"),
            "res_model": "csd.meeting",
            "view_mode": "list,form",
            "domain": [("id", "in", meetings.ids)],
        }
