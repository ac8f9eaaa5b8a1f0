from odoo import fields, models


class CsdKpiFineType(models.Model):
    """A fine of the department's rules, e.g. 20 yuan per forbidden phrase."""

    _name = "csd.kpi.fine.type"
    _description = "Fine Type"
    _order = "name"

    name = fields.Char(required=True, translate=True)
    active = fields.Boolean(default=True)
    unit_amount = fields.Monetary(string="Amount per occurrence", required=True)
    description = fields.Text(translate=True)
    currency_id = fields.Many2one(related="company_id.currency_id")
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
