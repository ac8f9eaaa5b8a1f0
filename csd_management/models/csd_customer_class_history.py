from odoo import fields, models

VALUE_CLASSES = [("a", "A"), ("b", "B"), ("c", "C")]


class CsdCustomerClassHistory(models.Model):
    """A change of a customer's value class, kept to chart classes over time."""

    _name = "csd.customer.class.history"
    _description = "Customer Value Class Change"
    _order = "date desc, id desc"

    partner_id = fields.Many2one(
        "res.partner", string="Customer", required=True, index=True, ondelete="cascade"
    )
    date = fields.Date(required=True, index=True, default=fields.Date.context_today)
    old_class = fields.Selection(VALUE_CLASSES, string="Previous Class")
    new_class = fields.Selection(VALUE_CLASSES, required=True)
    value_score = fields.Float(digits=(16, 1), aggregator="avg")
    is_key_account = fields.Boolean(related="partner_id.is_key_account", store=True)
