from collections import defaultdict

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import ValidationError

from .csd_return_visit import VISIT_CHANNELS


class CsdVisitPlan(models.Model):
    """How often customers of a value class are visited (回访计划)."""

    _name = "csd.visit.plan"
    _description = "Return Visit Plan"
    _order = "value_class"

    name = fields.Char(required=True, translate=True)
    active = fields.Boolean(default=True)
    value_class = fields.Selection([("a", "A"), ("b", "B"), ("c", "C")], required=True)
    interval_number = fields.Integer(string="Every", required=True, default=1)
    interval_type = fields.Selection(
        [("weeks", "Weeks"), ("months", "Months")],
        string="Unit",
        required=True,
        default="months",
    )
    channel = fields.Selection(
        VISIT_CHANNELS,
        default="phone",
        help="Default channel of the visits this plan schedules.",
    )
    horizon_days = fields.Integer(
        string="Plan Ahead (Days)",
        default=30,
        help="The scheduled job plans the visits falling in this many days ahead.",
    )

    _sql_constraints = [
        (
            "value_class_uniq",
            "unique(value_class, active)",
            "There is already an active plan for this value class.",
        ),
    ]

    @api.constrains("interval_number", "horizon_days")
    def _check_interval(self):
        for plan in self:
            if plan.interval_number < 1 or plan.horizon_days < 0:
                raise ValidationError(
                    self.env._(
                        "A visit plan needs an interval of at least 1 and a "
                        "horizon that is not negative."
                    )
                )

    def _step(self):
        return relativedelta(**{self.interval_type: self.interval_number})

    def _schedule_visits(self, date_from, date_to):
        """Create the visits due in [date_from, date_to] for the customers of
        each plan's class: the next one falls one interval after the last
        planned or done visit (or on date_from), then one per interval.
        Rerunning it plans nothing twice. Returns the created visits."""
        Visit = self.env["csd.return.visit"]
        vals_list = []
        for plan in self:
            partners = self.env["res.partner"].search(
                [("value_class", "=", plan.value_class), ("parent_id", "=", False)]
            )
            if not partners:
                continue
            last_dates = dict(
                Visit._read_group(
                    [
                        ("partner_id", "in", partners.ids),
                        ("state", "!=", "cancel"),
                    ],
                    ["partner_id"],
                    ["date_planned:max"],
                )
            )
            step = plan._step()
            for partner in partners:
                last = last_dates.get(partner)
                day = last + step if last else date_from
                day = max(day, date_from)
                while day <= date_to:
                    vals_list.append(
                        {
                            "partner_id": partner.id,
                            "plan_id": plan.id,
                            "channel": plan.channel,
                            "date_planned": day,
                            "user_id": partner._csd_responsible().id,
                        }
                    )
                    day += step
        return Visit.create(vals_list)

    @api.model
    def _cron_schedule_visits(self):
        today = fields.Date.context_today(self)
        by_horizon = defaultdict(lambda: self.browse())
        for plan in self.search([("active", "=", True)]):
            by_horizon[plan.horizon_days] |= plan
        for horizon, plans in by_horizon.items():
            plans._schedule_visits(today, today + relativedelta(days=horizon))
