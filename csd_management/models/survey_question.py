from odoo import fields, models


class SurveyQuestion(models.Model):
    _inherit = "survey.question"

    csd_indicator = fields.Selection(
        [
            ("overall", "Overall Satisfaction"),
            ("stage", "Satisfaction per Stage"),
            ("recommendation", "Recommendation (0-10)"),
            ("repurchase", "Repurchase Intention"),
        ],
        string="Satisfaction Indicator",
        help="Which customer-satisfaction figure the answers to this question "
        "feed. Choices and matrix columns carry a value from 0 to 100; a scale "
        "is converted to 0-100 (recommendation keeps its 0-10 value).",
    )
