from odoo import fields, models


class CsdKpiThreshold(models.Model):
    _name = "csd.kpi.threshold"
    _description = "KPI Scoring Threshold"
    _order = "kpi_id, value"

    kpi_id = fields.Many2one("csd.kpi", required=True, ondelete="cascade", index=True)
    value = fields.Float(
        required=True,
        help="A value reaching this threshold (at least it when higher is "
        "better, at most it when lower is better) scores at least the score.",
    )
    score = fields.Float(required=True, help="Score 0-100 given at this threshold.")

    _sql_constraints = [
        (
            "score_range",
            "CHECK(score >= 0 AND score <= 100)",
            "A threshold's score must be between 0 and 100.",
        ),
    ]
