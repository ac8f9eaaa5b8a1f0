from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    csd_promise_hours = fields.Integer(
        related="company_id.csd_promise_hours", readonly=False
    )
    csd_second_complaint_days = fields.Integer(
        related="company_id.csd_second_complaint_days", readonly=False
    )
    csd_supervisor_user_id = fields.Many2one(
        related="company_id.csd_supervisor_user_id", readonly=False
    )
    csd_manager_user_id = fields.Many2one(
        related="company_id.csd_manager_user_id", readonly=False
    )
    csd_alert_level = fields.Selection(
        related="company_id.csd_alert_level", readonly=False
    )
    csd_escalate_to_department_manager = fields.Boolean(
        related="company_id.csd_escalate_to_department_manager", readonly=False
    )
    csd_currency_id = fields.Many2one(related="company_id.currency_id")
    csd_recovery_approval_amount = fields.Monetary(
        related="company_id.csd_recovery_approval_amount",
        readonly=False,
        currency_field="csd_currency_id",
    )
