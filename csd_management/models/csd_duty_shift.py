from odoo import api, fields, models
from odoo.exceptions import ValidationError


class CsdDutyShift(models.Model):
    _name = "csd.duty.shift"
    _description = "Duty Shift"
    _inherit = ["mail.thread"]
    _order = "date_start, id"

    roster_id = fields.Many2one("csd.duty.roster", ondelete="cascade", index=True)
    employee_id = fields.Many2one(
        "hr.employee", string="On Duty", required=True, index=True, tracking=True
    )
    user_id = fields.Many2one(related="employee_id.user_id", store=True, index=True)
    date_start = fields.Datetime(string="Start", required=True, index=True)
    date_end = fields.Datetime(string="End", required=True)
    day_type = fields.Selection(
        [("weekday", "Weekday"), ("weekend", "Weekend"), ("holiday", "Public Holiday")],
        required=True,
        default="weekday",
    )
    swap_ids = fields.One2many("csd.duty.swap", "shift_id", string="Swap Requests")
    note = fields.Char()

    @api.depends("employee_id", "date_start")
    def _compute_display_name(self):
        for shift in self:
            start = fields.Datetime.context_timestamp(shift, shift.date_start)
            shift.display_name = (
                f"{shift.employee_id.name or ''} {start:%Y-%m-%d %H:%M}"
                if shift.date_start
                else shift.employee_id.name or ""
            )

    def action_request_swap(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "csd.duty.swap",
            "view_mode": "form",
            "target": "new",
            "context": {
                "default_shift_id": self.id,
                "default_employee_id": self.employee_id.id,
            },
        }

    @api.constrains("date_start", "date_end")
    def _check_dates(self):
        for shift in self:
            if shift.date_end <= shift.date_start:
                raise ValidationError(
                    self.env._("A duty shift must end after it starts.")
                )
