from odoo import api, fields, models
from odoo.exceptions import UserError


class CsdKpiEvaluationLine(models.Model):
    _name = "csd.kpi.evaluation.line"
    _description = "Evaluation KPI"
    _order = "evaluation_id, sequence, id"

    evaluation_id = fields.Many2one(
        "csd.kpi.evaluation", required=True, ondelete="cascade", index=True
    )
    sequence = fields.Integer(default=10)
    kpi_id = fields.Many2one("csd.kpi", string="KPI", required=True, index=True)
    kind = fields.Selection(related="kpi_id.kind", store=True)
    category = fields.Selection(related="kpi_id.category", store=True)
    unit = fields.Char(related="kpi_id.unit")
    weight = fields.Float(string="Weight (%)", required=True)
    value = fields.Float(digits=(16, 2))
    value_set = fields.Boolean(
        string="Has a value",
        help="Computed KPIs: the period had data. Other KPIs: the evaluator "
        "gave a value.",
    )
    counted = fields.Boolean(compute="_compute_score", store=True)
    score = fields.Float(compute="_compute_score", store=True, digits=(16, 2))
    weighted_score = fields.Float(compute="_compute_score", store=True)
    comment = fields.Char()
    state = fields.Selection(related="evaluation_id.state")

    @api.depends("value", "value_set", "weight", "kpi_id")
    def _compute_score(self):
        for line in self:
            line.counted = line.value_set
            line.score = line.kpi_id._score(line.value) if line.value_set else 0.0
            line.weighted_score = line.score * line.weight / 100.0

    @api.model_create_multi
    def create(self, vals_list):
        lines = super().create(vals_list)
        lines.filtered(
            lambda line: line.kind != "computed" and line.value_set
        )._check_values()
        return lines

    def write(self, vals):
        if "value" in vals and "value_set" not in vals:
            if any(line.kind == "computed" for line in self):
                raise UserError(self.env._("Computed KPIs are filled from the data."))
            vals = dict(vals, value_set=True)
        if set(vals) & {"value", "value_set", "weight", "kpi_id"} and any(
            line.evaluation_id.state != "draft" for line in self
        ):
            raise UserError(self.env._("Only a draft evaluation can be scored."))
        res = super().write(vals)
        if "value" in vals:
            self.filtered(lambda line: line.kind != "computed")._check_values()
        return res

    def _check_values(self):
        for line in self:
            line.kpi_id._check_value(line.value)
