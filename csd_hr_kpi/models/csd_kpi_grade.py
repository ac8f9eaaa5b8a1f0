from odoo import api, fields, models
from odoo.exceptions import ValidationError


class CsdKpiGrade(models.Model):
    """Grade band (等级): a range of total scores, [min, max)."""

    _name = "csd.kpi.grade"
    _description = "Grade Band"
    _order = "min_score desc"

    name = fields.Char(required=True, translate=True)
    code = fields.Char(required=True, help="Short label: A, B, C, D...")
    min_score = fields.Float(string="From score", required=True)
    max_score = fields.Float(
        string="Below score",
        required=True,
        default=100.0,
        help="Upper limit, excluded (except 100, which is included).",
    )
    needs_coaching = fields.Boolean(
        help="A locked evaluation with this grade raises a training need "
        "(coaching plan) for the employee.",
    )
    active = fields.Boolean(default=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )

    @api.constrains("min_score", "max_score", "active", "company_id")
    def _check_bands(self):
        for grade in self:
            if not 0 <= grade.min_score < grade.max_score <= 100:
                raise ValidationError(
                    self.env._(
                        "Grade %s: scores must satisfy 0 <= from < below <= 100.",
                        grade.name,
                    )
                )
        for grade in self.filtered("active"):
            overlapping = self.search(
                [
                    ("id", "!=", grade.id),
                    ("company_id", "=", grade.company_id.id),
                    ("min_score", "<", grade.max_score),
                    ("max_score", ">", grade.min_score),
                ],
                limit=1,
            )
            if overlapping:
                raise ValidationError(
                    self.env._(
                        "Grade bands %(a)s and %(b)s overlap.",
                        a=grade.name,
                        b=overlapping.name,
                    )
                )

    def _for_score(self, score):
        """The band of ``score`` among these grades."""
        for grade in self:
            if grade.min_score <= score < grade.max_score or (
                score == grade.max_score == 100
            ):
                return grade
        return self.browse()
