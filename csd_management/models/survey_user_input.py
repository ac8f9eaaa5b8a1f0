from datetime import datetime, time, timedelta

from odoo import api, fields, models

from .res_partner import NPS_GROUPS, nps_group

NPS_VALUES = {"promoter": 100, "passive": 0, "detractor": -100}


class SurveyUserInput(models.Model):
    _inherit = "survey.user_input"

    customer_id = fields.Many2one(
        "res.partner",
        string="Customer",
        related="partner_id.commercial_partner_id",
        store=True,
        index=True,
    )
    res_model = fields.Char(string="Related Model", index=True, readonly=True)
    res_id = fields.Many2oneReference(
        string="Related Record", model_field="res_model", index=True, readonly=True
    )
    employee_id = fields.Many2one(
        "hr.employee",
        string="Responsible Employee",
        index=True,
        help="The employee whose service the customer rates.",
    )
    satisfaction_score = fields.Float(
        string="Satisfaction",
        compute="_compute_csd_scores",
        store=True,
        aggregator="avg",
        help="Overall satisfaction from 0 to 100.",
    )
    has_satisfaction_score = fields.Boolean(compute="_compute_csd_scores", store=True)
    stage_satisfaction_score = fields.Float(
        string="Satisfaction per Stage",
        compute="_compute_csd_scores",
        store=True,
        aggregator="avg",
        help="Average satisfaction over the stages of service, from 0 to 100.",
    )
    recommendation_score = fields.Integer(
        string="Recommendation",
        compute="_compute_csd_scores",
        store=True,
        aggregator="avg",
        help="How likely the customer is to recommend us, from 0 to 10.",
    )
    nps_group = fields.Selection(
        NPS_GROUPS, string="NPS Group", compute="_compute_csd_scores", store=True
    )
    nps_value = fields.Integer(
        string="NPS",
        compute="_compute_csd_scores",
        store=True,
        aggregator="avg",
        help="+100 for a promoter, 0 for a passive, -100 for a detractor: its "
        "average is the Net Promoter Score.",
    )
    repurchase_score = fields.Float(
        string="Repurchase Intention",
        compute="_compute_csd_scores",
        store=True,
        aggregator="avg",
        help="Repurchase intention from 0 to 100.",
    )

    @api.depends(
        "user_input_line_ids.csd_score",
        "user_input_line_ids.csd_indicator",
        "user_input_line_ids.value_scale",
    )
    def _compute_csd_scores(self):
        for answer in self:
            lines = answer.user_input_line_ids.filtered(
                lambda line: line.csd_indicator and not line.skipped
            )

            def values(indicator, lines=lines):
                return lines.filtered(lambda x: x.csd_indicator == indicator)

            overall = values("overall").mapped("csd_score")
            stages = values("stage").mapped("csd_score")
            repurchase = values("repurchase").mapped("csd_score")
            recommendation = values("recommendation")[:1]
            answer.has_satisfaction_score = bool(overall)
            answer.satisfaction_score = sum(overall) / len(overall) if overall else 0.0
            answer.stage_satisfaction_score = (
                sum(stages) / len(stages) if stages else 0.0
            )
            answer.repurchase_score = (
                sum(repurchase) / len(repurchase) if repurchase else 0.0
            )
            score = recommendation.value_scale if recommendation else None
            answer.recommendation_score = score or 0
            answer.nps_group = nps_group(score)
            answer.nps_value = NPS_VALUES.get(answer.nps_group, 0)

    @api.model
    def _csd_satisfaction_figures(self, date_from, date_to, employee_ids):
        """{employee id: average overall satisfaction (0-100) or None} of the
        answers completed in [date_from, date_to] (dates, inclusive)."""
        groups = self.sudo()._read_group(
            [
                ("employee_id", "in", list(employee_ids)),
                ("state", "=", "done"),
                ("has_satisfaction_score", "=", True),
                ("end_datetime", ">=", datetime.combine(date_from, time.min)),
                (
                    "end_datetime",
                    "<",
                    datetime.combine(date_to + timedelta(days=1), time.min),
                ),
            ],
            ["employee_id"],
            ["satisfaction_score:avg"],
        )
        figures = dict.fromkeys(employee_ids)
        figures.update({employee.id: score for employee, score in groups})
        return figures

    def action_open_related_record(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": self.res_model,
            "res_id": self.res_id,
            "view_mode": "form",
        }
