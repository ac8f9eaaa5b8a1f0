from odoo import fields, models


class SurveyQuestionAnswer(models.Model):
    _inherit = "survey.question.answer"

    csd_value = fields.Float(
        string="Satisfaction Value",
        help="Value of this choice for the satisfaction figures, from 0 to 100.",
    )
