from odoo import fields, models


class CsdCustomerAccessLog(models.Model):
    """Who read or exported the confidential customer file (客户档案) while
    outside the customer's owning team."""

    _name = "csd.customer.access.log"
    _description = "Customer File Access Log"
    _order = "create_date desc, id desc"

    partner_id = fields.Many2one(
        "res.partner", string="Customer", required=True, index=True, ondelete="cascade"
    )
    user_id = fields.Many2one(
        "res.users", required=True, index=True, ondelete="restrict"
    )
    operation = fields.Selection(
        [("read", "Read"), ("export", "Export")], required=True
    )
    field_names = fields.Char(string="Fields")
    create_date = fields.Datetime(string="Date", readonly=True, index=True)
