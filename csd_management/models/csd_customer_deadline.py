from datetime import timedelta

from odoo import api, fields, models


class CsdCustomerDeadline(models.Model):
    """A contract, subscription or warranty end date of a customer: its
    account manager is reminded a configurable number of days before."""

    _name = "csd.customer.deadline"
    _description = "Customer Contract Date"
    _order = "end_date, id"

    partner_id = fields.Many2one(
        "res.partner", string="Customer", required=True, index=True, ondelete="cascade"
    )
    kind = fields.Selection(
        [
            ("contract", "Contract"),
            ("subscription", "Subscription"),
            ("warranty", "Warranty"),
        ],
        required=True,
        default="contract",
    )
    name = fields.Char(string="Description", required=True)
    end_date = fields.Date(required=True, index=True)
    reminded = fields.Boolean(
        readonly=True, help="The reminder activity for this end date was planned."
    )

    def write(self, vals):
        if "end_date" in vals:
            vals = dict(vals, reminded=False)
        return super().write(vals)

    @api.model
    def _cron_remind(self):
        """Plan a reminder for every end date that is N days away or closer."""
        today = fields.Date.context_today(self)
        days = self.env["res.partner"]._csd_param("reminder_days", 30)
        deadlines = self.search(
            [
                ("reminded", "=", False),
                ("end_date", ">=", today),
                ("end_date", "<=", today + timedelta(days=days)),
            ]
        )
        activity_type = self.env.ref("csd_management.mail_activity_type_deadline")
        kinds = dict(self._fields["kind"]._description_selection(self.env))
        model = self.env["ir.model"]._get_id("res.partner")
        self.env["mail.activity"].sudo().create(
            [
                {
                    "res_model_id": model,
                    "res_id": deadline.partner_id.id,
                    "activity_type_id": activity_type.id,
                    "summary": self.env._(
                        "%(kind)s ends on %(date)s: %(name)s",
                        kind=kinds[deadline.kind],
                        date=deadline.end_date,
                        name=deadline.name,
                    ),
                    "date_deadline": deadline.end_date,
                    "user_id": deadline.partner_id._csd_responsible().id,
                }
                for deadline in deadlines
            ]
        )
        deadlines.write({"reminded": True})
