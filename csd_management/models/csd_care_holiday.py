from odoo import api, fields, models
from odoo.exceptions import ValidationError


class CsdCareHoliday(models.Model):
    """A holiday on which key accounts receive care (节日关怀)."""

    _name = "csd.care.holiday"
    _description = "Customer Care Holiday"
    _order = "month, day"

    name = fields.Char(required=True, translate=True)
    active = fields.Boolean(default=True)
    month = fields.Selection([(str(m), str(m)) for m in range(1, 13)], required=True)
    day = fields.Integer(required=True, default=1)
    note = fields.Html(
        translate=True, help="What the account manager should do: visit, call, gift."
    )
    mail_template_id = fields.Many2one(
        "mail.template",
        string="Message Template",
        domain="[('model', '=', 'res.partner')]",
        help="If set, this message is also sent to the customer on the day.",
    )

    @api.constrains("month", "day")
    def _check_day(self):
        days = {"2": 29, "4": 30, "6": 30, "9": 30, "11": 30}
        for holiday in self:
            if not 1 <= holiday.day <= days.get(holiday.month, 31):
                raise ValidationError(
                    self.env._(
                        "%(name)s: day %(day)s does not exist in month %(month)s.",
                        name=holiday.name,
                        day=holiday.day,
                        month=holiday.month,
                    )
                )
