import logging

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

_logger = logging.getLogger(__name__)


class FiguresCache(dict):
    """Figures already asked during one computation of several KPIs, so that
    KPIs drawing on the same figures share one grouped query. Hashable by
    identity, so that it can travel in the context."""

    __hash__ = object.__hash__


class CsdKpi(models.Model):
    """A KPI of the handbook's performance evaluation (绩效考核指标).

    Computed KPIs are filled for every employee of a campaign at once by
    ``_kpi_compute_<code>(employees, date_from, date_to)``, which returns
    ``{employee_id: value or None}``; adding a computed KPI is adding such a
    method and a record whose ``compute_code`` names it.
    """

    _name = "csd.kpi"
    _description = "KPI"
    _order = "category, sequence, id"

    name = fields.Char(required=True, translate=True)
    code = fields.Char(
        required=True,
        help="Short unique code, used in reports and by developers.",
    )
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    description = fields.Text(translate=True)
    category = fields.Selection(
        [
            ("result", "Work results"),
            ("attitude", "Work attitude"),
            ("ability", "Ability"),
            ("discipline", "Discipline and growth"),
        ],
        required=True,
        default="result",
        help="The handbook evaluates results (业绩), attitude (态度) and ability "
        "(能力).",
    )
    kind = fields.Selection(
        [
            ("computed", "Computed from data"),
            ("scored", "Scored by the evaluator"),
            ("entered", "Entered"),
        ],
        required=True,
        default="scored",
        help="Computed: filled from tickets, SLA, surveys, penalties or "
        "training of the period. Scored: the evaluator gives a score. "
        "Entered: a figure typed in (e.g. number of fines).",
    )
    compute_code = fields.Selection(
        selection="_selection_compute_code",
        string="Computation",
        help="Which computation fills this KPI (computed KPIs only).",
    )
    unit = fields.Char(translate=True, help="E.g. %, hours, tickets, points.")
    direction = fields.Selection(
        [("higher", "Higher is better"), ("lower", "Lower is better")],
        required=True,
        default="higher",
    )
    value_min = fields.Float(
        string="Lowest allowed value",
        help="Values typed in below this are refused (scored and entered KPIs).",
    )
    value_max = fields.Float(
        string="Highest allowed value",
        default=100.0,
        help="Values typed in above this are refused (scored and entered KPIs). "
        "Leave both limits at 0 for no limit.",
    )
    scale_type = fields.Selection(
        [
            ("linear", "Linear between floor and target"),
            ("thresholds", "Thresholds table"),
        ],
        string="Scoring scale",
        required=True,
        default="linear",
        help="Linear: the target scores 100, the floor scores 0, values in "
        "between score in proportion. Thresholds: the best threshold the value "
        "reaches gives the score.",
    )
    target_value = fields.Float(
        string="Target", default=100.0, help="Value that scores 100."
    )
    floor_value = fields.Float(string="Floor", help="Value that scores 0.")
    threshold_ids = fields.One2many(
        "csd.kpi.threshold", "kpi_id", string="Thresholds", copy=True
    )

    _sql_constraints = [
        ("code_uniq", "unique(code)", "The code of a KPI must be unique."),
    ]

    @api.model
    def _selection_compute_code(self):
        return [
            ("inquiry_volume", self.env._("Inquiry volume")),
            ("complaint_rate", self.env._("Complaint rate")),
            ("resolution_rate", self.env._("Resolution rate")),
            ("first_contact_resolution", self.env._("First-contact resolution")),
            ("first_response_time", self.env._("Average first-response time")),
            ("sla_compliance", self.env._("SLA compliance")),
            ("satisfaction", self.env._("Satisfaction score")),
            ("second_complaint_rate", self.env._("Second-complaint rate")),
            ("recovery_cost", self.env._("Recovery cost")),
            ("training_hours", self.env._("Training hours")),
            ("training_exam", self.env._("Training exam score")),
            ("monthly_average", self.env._("Average of the monthly evaluations")),
        ]

    @api.constrains("kind", "compute_code")
    def _check_compute_code(self):
        for kpi in self:
            if kpi.kind == "computed" and not kpi.compute_code:
                raise ValidationError(
                    self.env._("The computed KPI %s needs a computation.", kpi.name)
                )

    @api.constrains("scale_type", "target_value", "floor_value", "threshold_ids")
    def _check_scale(self):
        for kpi in self:
            if kpi.scale_type == "linear" and kpi.target_value == kpi.floor_value:
                raise ValidationError(
                    self.env._(
                        "The target and the floor of KPI %s must differ.", kpi.name
                    )
                )
            if kpi.scale_type == "thresholds" and not kpi.threshold_ids:
                raise ValidationError(
                    self.env._("KPI %s scores by thresholds but has none.", kpi.name)
                )

    def _check_value(self, value):
        """Refuse a typed-in value outside the KPI's allowed range."""
        self.ensure_one()
        if (self.value_min or self.value_max) and not (
            self.value_min <= value <= self.value_max
        ):
            raise ValidationError(
                self.env._(
                    "%(value)s is outside the scale of KPI %(kpi)s "
                    "(%(low)s to %(high)s).",
                    value=value,
                    kpi=self.name,
                    low=self.value_min,
                    high=self.value_max,
                )
            )

    def _score(self, value):
        """Score 0-100 of ``value`` on this KPI's scale."""
        self.ensure_one()
        if value is None:
            return 0.0
        if self.scale_type == "thresholds":
            higher = self.direction == "higher"
            reached = self.threshold_ids.filtered(
                lambda t: value >= t.value if higher else value <= t.value
            )
            return max(reached.mapped("score"), default=0.0)
        span = self.target_value - self.floor_value
        ratio = (value - self.floor_value) / span
        return round(min(max(ratio, 0.0), 1.0) * 100.0, 2)

    def _compute_values(self, employees, date_from, date_to):
        """{employee_id: value or None} of this computed KPI for all
        ``employees`` over the period, in one grouped computation."""
        self.ensure_one()
        method = getattr(self, f"_kpi_compute_{self.compute_code}", None)
        if not method:
            raise UserError(self.env._("KPI %s has no computation method.", self.name))
        values = method(employees, date_from, date_to)
        return {emp_id: values.get(emp_id) for emp_id in employees.ids}

    # --- Figures of other addons, asked once for all employees ------------

    def _figures_by_user(self, model, method, employees, date_from, date_to):
        """Call a contract method keyed by user and key its answer by
        employee (once per computation, see ``FiguresCache``)."""
        cache = self.env.context.get("csd_kpi_figures")
        key = (model, method, tuple(employees.ids), date_from, date_to)
        if cache is not None and key in cache:
            return cache[key]
        if not hasattr(self.env[model], method):
            raise UserError(
                self.env._(
                    "The figures %(model)s.%(method)s are not available: "
                    "install the addon that provides them.",
                    model=model,
                    method=method,
                )
            )
        with_user = employees.filtered("user_id")
        figures = getattr(self.env[model].sudo(), method)(
            date_from, date_to, with_user.user_id.ids
        )
        result = {emp.id: figures.get(emp.user_id.id) for emp in with_user}
        if cache is not None:
            cache[key] = result
        return result

    def _ticket_figures(self, employees, date_from, date_to):
        return self._figures_by_user(
            "helpdesk.ticket", "_csd_ticket_figures", employees, date_from, date_to
        )

    def _sla_figures(self, employees, date_from, date_to):
        return self._figures_by_user(
            "helpdesk.ticket", "_csd_sla_figures", employees, date_from, date_to
        )

    @staticmethod
    def _percent(part, whole):
        return round(100.0 * part / whole, 2) if whole else None

    def _ticket_ratio(self, employees, date_from, date_to, part, whole):
        figures = self._ticket_figures(employees, date_from, date_to)
        return {
            emp_id: self._percent(fig[part], fig[whole])
            for emp_id, fig in figures.items()
            if fig
        }

    # --- Computations: one method per computed KPI --------------------------

    def _kpi_compute_inquiry_volume(self, employees, date_from, date_to):
        figures = self._ticket_figures(employees, date_from, date_to)
        return {e: f["inquiry_count"] for e, f in figures.items() if f}

    def _kpi_compute_complaint_rate(self, employees, date_from, date_to):
        return self._ticket_ratio(
            employees, date_from, date_to, "complaint_count", "ticket_count"
        )

    def _kpi_compute_resolution_rate(self, employees, date_from, date_to):
        return self._ticket_ratio(
            employees, date_from, date_to, "resolved_count", "ticket_count"
        )

    def _kpi_compute_first_contact_resolution(self, employees, date_from, date_to):
        return self._ticket_ratio(
            employees,
            date_from,
            date_to,
            "first_contact_resolved_count",
            "ticket_count",
        )

    def _kpi_compute_second_complaint_rate(self, employees, date_from, date_to):
        return self._ticket_ratio(
            employees, date_from, date_to, "second_complaint_count", "complaint_count"
        )

    def _kpi_compute_recovery_cost(self, employees, date_from, date_to):
        figures = self._ticket_figures(employees, date_from, date_to)
        return {e: f["recovery_cost"] for e, f in figures.items() if f}

    def _kpi_compute_first_response_time(self, employees, date_from, date_to):
        figures = self._sla_figures(employees, date_from, date_to)
        return {e: f["first_response_hours"] for e, f in figures.items() if f}

    def _kpi_compute_sla_compliance(self, employees, date_from, date_to):
        figures = self._sla_figures(employees, date_from, date_to)
        return {
            e: self._percent(f["sla_met"], f["sla_met"] + f["sla_breached"])
            for e, f in figures.items()
            if f
        }

    def _kpi_compute_satisfaction(self, employees, date_from, date_to):
        model = self.env["survey.user_input"]
        if not hasattr(model, "_csd_satisfaction_figures"):
            raise UserError(
                self.env._(
                    "The figures survey.user_input._csd_satisfaction_figures are "
                    "not available: install the addon that provides them."
                )
            )
        return model.sudo()._csd_satisfaction_figures(date_from, date_to, employees.ids)

    def _kpi_compute_training_hours(self, employees, date_from, date_to):
        return self.env["csd.training.attendance"]._hours_by_employee(
            employees, date_from, date_to
        )

    def _kpi_compute_training_exam(self, employees, date_from, date_to):
        return self.env["csd.training.attendance"]._exam_score_by_employee(
            employees, date_from, date_to
        )

    def _kpi_compute_monthly_average(self, employees, date_from, date_to):
        return self.env["csd.kpi.evaluation"]._monthly_average_by_employee(
            employees, date_from, date_to
        )
