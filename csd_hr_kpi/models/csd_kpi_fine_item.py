from odoo import api, fields, models
from odoo.exceptions import ValidationError


class CsdKpiFineItem(models.Model):
    _name = "csd.kpi.fine.item"
    _description = "Fine Item"
    _order = "evaluation_id, date, id"

    evaluation_id = fields.Many2one(
        "csd.kpi.evaluation", required=True, ondelete="cascade", index=True
    )
    fine_type_id = fields.Many2one("csd.kpi.fine.type", required=True)
    date = fields.Date()
    quantity = fields.Integer(string="Occurrences", default=1, required=True)
    unit_amount = fields.Monetary(
        compute="_compute_unit_amount", store=True, readonly=False
    )
    amount = fields.Monetary(compute="_compute_amount", store=True)
    note = fields.Char()
    currency_id = fields.Many2one(related="evaluation_id.currency_id")

    @api.depends("fine_type_id")
    def _compute_unit_amount(self):
        for item in self:
            item.unit_amount = item.fine_type_id.unit_amount

    @api.depends("quantity", "unit_amount")
    def _compute_amount(self):
        for item in self:
            item.amount = item.quantity * item.unit_amount

    @api.constrains("quantity", "unit_amount")
    def _check_quantity(self):
        if any(item.quantity < 1 or item.unit_amount < 0 for item in self):
            raise ValidationError(
                self.env._(
                    "A fine needs at least one occurrence and no negative amount."
                )
            )
