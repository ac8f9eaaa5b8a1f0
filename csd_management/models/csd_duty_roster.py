from datetime import datetime, time, timedelta

import pytz

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class CsdDutyRoster(models.Model):
    _name = "csd.duty.roster"
    _description = "Duty Roster"
    _inherit = ["mail.thread"]
    _order = "date_from desc, id desc"

    name = fields.Char(required=True, tracking=True)
    department_id = fields.Many2one(
        "hr.department",
        default=lambda self: self.env.ref(
            "csd_management.dep_customer_service", raise_if_not_found=False
        ),
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    date_from = fields.Date(required=True, tracking=True)
    date_to = fields.Date(required=True, tracking=True)
    employee_ids = fields.Many2many(
        "hr.employee",
        string="On Duty in Turn",
        help="Employees take the duty in this order, one per day.",
    )
    # Defaults from the handbook's duty rule (值班制度).
    weekday_hour_from = fields.Float(string="Weekdays From", default=18.0)
    weekday_hour_to = fields.Float(string="Weekdays To", default=19.0)
    holiday_hour_from = fields.Float(string="Weekends and Holidays From", default=9.0)
    holiday_hour_to = fields.Float(string="Weekends and Holidays To", default=18.0)
    shift_ids = fields.One2many("csd.duty.shift", "roster_id", string="Shifts")
    shift_count = fields.Integer(compute="_compute_shift_count")

    @api.depends("shift_ids")
    def _compute_shift_count(self):
        for roster in self:
            roster.shift_count = len(roster.shift_ids)

    @api.constrains("date_from", "date_to")
    def _check_dates(self):
        for roster in self:
            if roster.date_to < roster.date_from:
                raise ValidationError(
                    self.env._("The roster cannot end before it starts.")
                )

    @api.constrains(
        "weekday_hour_from", "weekday_hour_to", "holiday_hour_from", "holiday_hour_to"
    )
    def _check_hours(self):
        for roster in self:
            for start, end in (
                (roster.weekday_hour_from, roster.weekday_hour_to),
                (roster.holiday_hour_from, roster.holiday_hour_to),
            ):
                if not 0 <= start < end <= 24:
                    raise ValidationError(
                        self.env._(
                            "Duty hours must lie within the day and end after "
                            "they start."
                        )
                    )

    def _get_public_holidays(self):
        """Dates of the company's public holidays (company-wide time off of
        its working calendar) within the roster's period."""
        self.ensure_one()
        calendar = self.company_id.resource_calendar_id
        leaves = self.env["resource.calendar.leaves"].search(
            [
                ("resource_id", "=", False),
                ("company_id", "in", [False, self.company_id.id]),
                ("calendar_id", "in", [False, calendar.id]),
                ("date_from", "<=", datetime.combine(self.date_to, time.max)),
                ("date_to", ">=", datetime.combine(self.date_from, time.min)),
            ]
        )
        tz = self._get_tz()
        days = set()
        for leave in leaves:
            start = pytz.utc.localize(leave.date_from).astimezone(tz).date()
            end = pytz.utc.localize(leave.date_to).astimezone(tz).date()
            while start <= end:
                days.add(start)
                start += timedelta(days=1)
        return days

    def _get_tz(self):
        return pytz.timezone(
            self.company_id.resource_calendar_id.tz or self.env.user.tz or "UTC"
        )

    def action_generate_shifts(self):
        """(Re)build the roster's shifts: one per day, employees in turn."""
        for roster in self:
            if not roster.employee_ids:
                raise UserError(
                    self.env._("Choose the employees who take the duty in turn.")
                )
            if roster.shift_ids.swap_ids:
                raise UserError(
                    self.env._(
                        "Shifts of “%s” already have swap requests: they cannot "
                        "be generated again.",
                        roster.name,
                    )
                )
            roster.shift_ids.unlink()
            holidays = roster._get_public_holidays()
            tz = roster._get_tz()
            employees = roster.employee_ids.sorted(lambda e: (e.name, e.id))
            vals_list = []
            day = roster.date_from
            index = roster._first_turn(employees)
            while day <= roster.date_to:
                if day in holidays:
                    day_type = "holiday"
                elif day.weekday() >= 5:
                    day_type = "weekend"
                else:
                    day_type = "weekday"
                if day_type == "weekday":
                    start, end = roster.weekday_hour_from, roster.weekday_hour_to
                else:
                    start, end = roster.holiday_hour_from, roster.holiday_hour_to
                vals_list.append(
                    {
                        "roster_id": roster.id,
                        "employee_id": employees[index % len(employees)].id,
                        "day_type": day_type,
                        "date_start": roster._to_utc(tz, day, start),
                        "date_end": roster._to_utc(tz, day, end),
                    }
                )
                index += 1
                day += timedelta(days=1)
            self.env["csd.duty.shift"].create(vals_list)
        return True

    def _first_turn(self, employees):
        """The turn carries on from the department's previous roster, so that
        nobody takes two duties in a row across rosters."""
        last = self.env["csd.duty.shift"].search(
            [
                ("roster_id.department_id", "=", self.department_id.id),
                ("roster_id", "!=", self.id),
                ("date_start", "<", self._to_utc(self._get_tz(), self.date_from, 0)),
                ("employee_id", "in", employees.ids),
            ],
            order="date_start desc",
            limit=1,
        )
        return employees.ids.index(last.employee_id.id) + 1 if last else 0

    @staticmethod
    def _to_utc(tz, day, hours):
        local = tz.localize(datetime.combine(day, time()) + timedelta(hours=hours))
        return local.astimezone(pytz.utc).replace(tzinfo=None)

    def action_view_shifts(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "csd_management.action_csd_duty_shift"
        )
        action["domain"] = [("roster_id", "=", self.id)]
        action["context"] = {"default_roster_id": self.id}
        return action
