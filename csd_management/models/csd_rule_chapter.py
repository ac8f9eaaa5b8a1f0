from odoo import fields, models


class CsdRuleChapter(models.Model):
    _name = "csd.rule.chapter"
    _description = "Rules Library Chapter"
    _order = "sequence, id"

    sequence = fields.Integer(default=10)
    name = fields.Char(required=True, translate=True)
    active = fields.Boolean(default=True)
    document_ids = fields.One2many(
        "csd.rule.document", "chapter_id", string="Documents"
    )
