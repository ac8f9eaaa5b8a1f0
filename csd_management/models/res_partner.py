from odoo import fields, models


class ResPartner(models.Model):
    _inherit = "res.partner"

    is_key_account = fields.Boolean(
        string="Key Account",
        tracking=True,
        index=True,
        help="大客户: a special user or group customer, served 7×24 "
        "by a dedicated account manager.",
    )
    value_class = fields.Selection(
        [("a", "A"), ("b", "B"), ("c", "C")],
        tracking=True,
        index=True,
        help="Customer value class: A is the most valuable, visited most often.",
    )
