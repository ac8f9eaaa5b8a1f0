from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

from .csd_kpi import FiguresCache

PERIOD_TYPES = [("monthly", "Monthly"), ("annual", "Annual")]


class CsdKpiEvaluation(models.Model):
    """One employee's evaluation (考核) for a month or a year."""

    _name = "csd.kpi.evaluation"
    _description = "Performance Evaluation"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "date_from desc, employee_id"
    _rec_names_search = ["employee_id", "campaign_id"]

    name = fields.Char(compute="_compute_name", store=True)
    campaign_id = fields.Many2one(
        "csd.kpi.campaign", index=True, ondelete="restrict", readonly=True
    )
    employee_id = fields.Many2one(
        "hr.employee", required=True, index=True, readonly=True, tracking=True
    )
    employee_user_id = fields.Many2one(
        related="employee_id.user_id", string="Employee's user"
    )
    department_id = fields.Many2one("hr.department", index=True, readonly=True)
    job_id = fields.Many2one("hr.job", string="Position", index=True, readonly=True)
    template_id = fields.Many2one("csd.kpi.template", readonly=True)
    period_type = fields.Selection(
        PERIOD_TYPES, string="Period", required=True, readonly=True
    )
    date_from = fields.Date(required=True, readonly=True, index=True)
    date_to = fields.Date(required=True, readonly=True)
    evaluator_id = fields.Many2one(
        "res.users",
        index=True,
        tracking=True,
        help="Scores and submits: the supervisor monthly, the manager yearly.",
    )
    approver_id = fields.Many2one(
        "res.users",
        index=True,
        tracking=True,
        help="Next level who approves; HR officers may approve too.",
    )
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("submitted", "Submitted"),
            ("approved", "Approved"),
            ("locked", "Locked"),
        ],
        default="draft",
        required=True,
        readonly=True,
        tracking=True,
        index=True,
        copy=False,
    )
    line_ids = fields.One2many(
        "csd.kpi.evaluation.line", "evaluation_id", string="KPIs"
    )
    fine_item_ids = fields.One2many(
        "csd.kpi.fine.item", "evaluation_id", string="Fine items"
    )
    total_score = fields.Float(
        compute="_compute_total_score",
        store=True,
        aggregator="avg",
        help="Weighted score 0-100. Computed KPIs without data in the period "
        "are left out and the other weights count in proportion.",
    )
    grade_id = fields.Many2one(
        "csd.kpi.grade", compute="_compute_grade", store=True, index=True
    )
    bonus_amount = fields.Monetary(
        string="Bonus", compute="_compute_bonus", store=True, tracking=True
    )
    penalty_amount = fields.Monetary(
        string="Penalty notices",
        readonly=True,
        help="Approved penalty notices (处罚通知单) of the period.",
    )
    fine_amount = fields.Monetary(
        string="Fines",
        compute="_compute_fine_amount",
        store=True,
        help="Penalty notices plus the fine items entered on the evaluation.",
    )
    evaluator_comment = fields.Text(string="Evaluator's comments")
    employee_comment = fields.Text(string="Employee's comments")
    acknowledged_date = fields.Datetime(readonly=True, tracking=True, copy=False)
    reopen_reason = fields.Text(readonly=True, tracking=True, copy=False)
    payslip_id = fields.Many2one(
        "hr.payslip",
        readonly=True,
        copy=False,
        index=True,
        help="Payslip that pays this evaluation's bonus and fines.",
    )
    paid = fields.Boolean(
        compute="_compute_paid",
        store=True,
        help="The payslip paying it is confirmed.",
    )
    training_need_ids = fields.One2many(
        "csd.training.need",
        "evaluation_id",
        groups="csd_hr_kpi.group_csd_kpi_evaluator",
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    currency_id = fields.Many2one(related="company_id.currency_id")

    @api.depends("employee_id", "date_from", "period_type")
    def _compute_name(self):
        for evaluation in self:
            if not evaluation.date_from:
                evaluation.name = evaluation.employee_id.name
                continue
            period = (
                evaluation.date_from.strftime("%Y-%m")
                if evaluation.period_type == "monthly"
                else evaluation.date_from.strftime("%Y")
            )
            evaluation.name = f"{evaluation.employee_id.name} {period}"

    @api.depends("line_ids.weighted_score", "line_ids.counted")
    def _compute_total_score(self):
        for evaluation in self:
            counted = evaluation.line_ids.filtered("counted")
            weight = sum(counted.mapped("weight"))
            evaluation.total_score = (
                round(sum(counted.mapped("weighted_score")) / weight * 100.0, 2)
                if weight
                else 0.0
            )

    @api.depends("total_score", "company_id")
    def _compute_grade(self):
        grades = self.env["csd.kpi.grade"].search(
            [("company_id", "in", self.company_id.ids)]
        )
        for evaluation in self:
            evaluation.grade_id = grades.filtered(
                lambda g, e=evaluation: g.company_id == e.company_id
            )._for_score(evaluation.total_score)

    @api.depends("grade_id", "period_type", "job_id", "employee_id.contract_id")
    def _compute_bonus(self):
        rules = self.env["csd.kpi.bonus.rule"].search(
            [("company_id", "in", self.company_id.ids)]
        )
        for evaluation in self:
            rule = rules._pick(
                evaluation.grade_id,
                evaluation.period_type,
                evaluation.job_id,
                evaluation.company_id,
            )
            evaluation.bonus_amount = (
                rule._bonus(evaluation.employee_id.contract_id) if rule else 0.0
            )

    @api.depends("penalty_amount", "fine_item_ids.amount")
    def _compute_fine_amount(self):
        for evaluation in self:
            evaluation.fine_amount = evaluation.penalty_amount + sum(
                evaluation.fine_item_ids.mapped("amount")
            )

    @api.depends("payslip_id.state")
    def _compute_paid(self):
        for evaluation in self:
            evaluation.paid = evaluation.payslip_id.state == "done"

    @api.constrains("employee_id", "period_type", "date_from", "date_to")
    def _check_unique_period(self):
        if any(e.date_from > e.date_to for e in self):
            raise ValidationError(
                self.env._("An evaluation cannot end before it starts.")
            )
        # One search for the whole batch (a campaign creates hundreds).
        candidates = self.sudo().search(
            [
                ("employee_id", "in", self.employee_id.ids),
                ("period_type", "in", list(set(self.mapped("period_type")))),
                ("date_from", "<=", max(self.mapped("date_to"))),
                ("date_to", ">=", min(self.mapped("date_from"))),
            ]
        )
        by_employee = candidates.grouped("employee_id")
        for evaluation in self:
            duplicate = by_employee.get(evaluation.employee_id, self.browse()).filtered(
                lambda o, e=evaluation: o.id != e.id
                and o.period_type == e.period_type
                and o.date_from <= e.date_to
                and o.date_to >= e.date_from
            )[:1]
            if duplicate:
                raise ValidationError(
                    self.env._(
                        "%(employee)s already has an evaluation for this period "
                        "(%(other)s).",
                        employee=evaluation.employee_id.name,
                        other=duplicate.name,
                    )
                )

    @api.ondelete(at_uninstall=False)
    def _unlink_only_drafts(self):
        if any(evaluation.state != "draft" for evaluation in self):
            raise UserError(
                self.env._(
                    "Only draft evaluations can be deleted; "
                    "reopen a locked one instead."
                )
            )

    # --- Who may do what --------------------------------------------------

    def _is_hr(self):
        return self.env.user.has_group("csd_hr_kpi.group_csd_kpi_hr")

    def _check_actor(self, field, action):
        if self._is_hr():
            return
        for evaluation in self:
            if evaluation[field] != self.env.user:
                raise AccessError(
                    self.env._(
                        "Only %(who)s or an HR officer can %(action)s the "
                        "evaluation %(name)s.",
                        who=evaluation[field].name or self.env._("the next level"),
                        action=action,
                        name=evaluation.name,
                    )
                )

    def _check_state(self, states, action):
        wrong = self.filtered(lambda e: e.state not in states)
        if wrong:
            raise UserError(
                self.env._(
                    "Cannot %(action)s %(names)s in this state.",
                    action=action,
                    names=", ".join(wrong.mapped("name")),
                )
            )

    # --- Workflow ---------------------------------------------------------

    def action_submit(self):
        self._check_state(["draft"], self.env._("submit"))
        self._check_actor("evaluator_id", self.env._("submit"))
        missing = self.line_ids.filtered(
            lambda line: line.kind != "computed" and not line.value_set
        )
        if missing:
            raise UserError(
                self.env._(
                    "Score every KPI before submitting: %s.",
                    ", ".join(
                        f"{line.evaluation_id.name}: {line.kpi_id.name}"
                        for line in missing
                    ),
                )
            )
        self.write({"state": "submitted"})
        return True

    def action_approve(self):
        self._check_state(["submitted"], self.env._("approve"))
        self._check_actor("approver_id", self.env._("approve"))
        self.write({"state": "approved"})
        return True

    def action_send_back(self):
        self._check_state(["submitted", "approved"], self.env._("send back"))
        self._check_actor("approver_id", self.env._("send back"))
        self.write({"state": "draft"})
        return True

    def action_lock(self):
        self._check_state(["approved"], self.env._("lock"))
        if not self._is_hr():
            raise AccessError(self.env._("Only an HR officer can lock evaluations."))
        self.write({"state": "locked"})
        self.env["csd.training.need"]._create_from_grades(self)
        for evaluation in self.filtered("employee_user_id"):
            evaluation.message_subscribe(
                partner_ids=evaluation.employee_user_id.partner_id.ids
            )
            evaluation.message_post(
                body=self.env._(
                    "Your evaluation is final: please read and acknowledge it."
                ),
                partner_ids=evaluation.employee_user_id.partner_id.ids,
            )
        return True

    def action_acknowledge(self):
        """The employee confirms having read their locked evaluation."""
        for evaluation in self:
            if evaluation.employee_user_id != self.env.user:
                raise AccessError(
                    self.env._(
                        "Only the evaluated employee can acknowledge an evaluation."
                    )
                )
            if evaluation.state != "locked":
                raise UserError(
                    self.env._("Only a locked evaluation can be acknowledged.")
                )
        # The employee may read but not write evaluations: the check above
        # is what allows this one write.
        self.sudo().write({"acknowledged_date": fields.Datetime.now()})
        return True

    def _reopen(self, reason):
        if not self.env.user.has_group("csd_management.group_csd_manager"):
            raise AccessError(
                self.env._("Only a manager can reopen a locked evaluation.")
            )
        self._check_state(["locked"], self.env._("reopen"))
        if not (reason or "").strip():
            raise UserError(self.env._("Give the reason for reopening."))
        paid = self.filtered(lambda e: e.payslip_id and e.payslip_id.state != "cancel")
        if paid:
            raise UserError(
                self.env._(
                    "%s is on a payslip; cancel the payslip before reopening.",
                    ", ".join(paid.mapped("name")),
                )
            )
        self.write(
            {
                "state": "draft",
                "reopen_reason": reason,
                "acknowledged_date": False,
                "payslip_id": False,
            }
        )

    def action_refresh_computed(self):
        """Fill the computed KPIs again from the data of the period."""
        self._check_state(["draft"], self.env._("refresh"))
        self._fill_computed()
        return True

    # --- Filling ----------------------------------------------------------

    @api.model
    def _computed_values(self, kpis, employees, date_from, date_to):
        """{(kpi_id, employee_id): value}, one grouped computation per KPI."""
        values = {}
        kpis = kpis.with_context(csd_kpi_figures=FiguresCache())
        for kpi in kpis.filtered(lambda k: k.kind == "computed"):
            for emp_id, value in kpi._compute_values(
                employees, date_from, date_to
            ).items():
                values[kpi.id, emp_id] = value
        return values

    @api.model
    def _penalties(self, employees, date_from, date_to):
        return (
            self.env["csd.complaint.penalty"]
            .sudo()
            ._csd_fine_figures(date_from, date_to, employees.ids)
        )

    def _fill_computed(self):
        by_period = {}
        for evaluation in self:
            by_period.setdefault(
                (evaluation.date_from, evaluation.date_to), self.browse()
            )
            by_period[evaluation.date_from, evaluation.date_to] |= evaluation
        for (date_from, date_to), evaluations in by_period.items():
            lines = evaluations.line_ids.filtered(lambda line: line.kind == "computed")
            values = self._computed_values(
                lines.kpi_id, evaluations.employee_id, date_from, date_to
            )
            for line in lines:
                value = values.get((line.kpi_id.id, line.evaluation_id.employee_id.id))
                line.write({"value": value or 0.0, "value_set": value is not None})
            penalties = self._penalties(evaluations.employee_id, date_from, date_to)
            for evaluation in evaluations:
                evaluation.penalty_amount = (
                    penalties.get(evaluation.employee_id.id) or 0.0
                )

    @api.model
    def _monthly_average_by_employee(self, employees, date_from, date_to):
        groups = self._read_group(
            [
                ("employee_id", "in", employees.ids),
                ("period_type", "=", "monthly"),
                ("state", "=", "locked"),
                ("date_from", ">=", date_from),
                ("date_to", "<=", date_to),
            ],
            ["employee_id"],
            ["total_score:avg"],
        )
        return {employee.id: round(avg, 2) for employee, avg in groups}
