from odoo import api, fields, models


class SurveyUserInputLine(models.Model):
    _inherit = "survey.user_input.line"

    csd_indicator = fields.Selection(
        related="question_id.csd_indicator", store=True, index=True
    )
    csd_score = fields.Float(
        string="Satisfaction Value",
        compute="_compute_csd_score",
        store=True,
        aggregator="avg",
        help="The answer on a 0-100 scale.",
    )

    @api.depends("suggested_answer_id.csd_value", "value_scale", "answer_type")
    def _compute_csd_score(self):
        for line in self:
            question = line.question_id
            if line.answer_type == "suggestion":
                line.csd_score = line.suggested_answer_id.csd_value
            elif (
                line.answer_type == "scale" and question.scale_max > question.scale_min
            ):
                line.csd_score = (
                    100.0
                    * (line.value_scale - question.scale_min)
                    / (question.scale_max - question.scale_min)
                )
            else:
                line.csd_score = 0.0
