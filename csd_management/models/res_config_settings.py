from odoo import fields, models
from odoo.exceptions import ValidationError


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    csd_info_review_days = fields.Integer(
        string="Review Customer Information Every (Days)",
        config_parameter="csd_management.info_review_days",
        default=365,
    )
    csd_value_period_days = fields.Integer(
        string="Value History Period (Days)",
        config_parameter="csd_management.value_period_days",
        default=365,
    )
    csd_value_weight_sales = fields.Float(
        string="Points per 10,000 of Sales",
        config_parameter="csd_management.value_weight_sales",
        default=1.0,
    )
    csd_value_weight_orders = fields.Float(
        string="Points per Order",
        config_parameter="csd_management.value_weight_orders",
        default=2.0,
    )
    csd_value_weight_margin = fields.Float(
        string="Points per 10,000 of Margin",
        config_parameter="csd_management.value_weight_margin",
        default=3.0,
    )
    csd_value_weight_inquiry = fields.Float(
        string="Points per Inquiry",
        config_parameter="csd_management.value_weight_inquiry",
        default=2.0,
    )
    csd_value_weight_complaint = fields.Float(
        string="Points Deducted per Complaint",
        config_parameter="csd_management.value_weight_complaint",
        default=10.0,
    )
    csd_value_weight_satisfaction = fields.Float(
        string="Points for Full Satisfaction",
        config_parameter="csd_management.value_weight_satisfaction",
        default=40.0,
    )
    csd_value_threshold_a = fields.Float(
        string="Class A from Score",
        config_parameter="csd_management.value_threshold_a",
        default=80.0,
    )
    csd_value_threshold_b = fields.Float(
        string="Class B from Score",
        config_parameter="csd_management.value_threshold_b",
        default=40.0,
    )
    csd_reminder_days = fields.Integer(
        string="Remind Before End Dates (Days)",
        config_parameter="csd_management.reminder_days",
        default=30,
    )
    csd_churn_days = fields.Integer(
        string="Churn Period (Days)",
        config_parameter="csd_management.churn_days",
        default=180,
    )
    csd_churn_complaints = fields.Integer(
        string="Complaints Signalling Churn",
        config_parameter="csd_management.churn_complaints",
        default=3,
    )
    csd_birthday_template_id = fields.Many2one(
        "mail.template",
        string="Birthday Message",
        config_parameter="csd_management.birthday_template_id",
        domain="[('model', '=', 'res.partner')]",
    )

    def set_values(self):
        if self.csd_value_threshold_a <= self.csd_value_threshold_b:
            raise ValidationError(
                self.env._("The score of class A must be higher than that of class B.")
            )
        periods = (
            self.csd_info_review_days,
            self.csd_value_period_days,
            self.csd_churn_days,
            self.csd_churn_complaints,
        )
        if min(periods) < 1 or self.csd_reminder_days < 0:
            raise ValidationError(
                self.env._(
                    "Periods and the number of complaints must be at least 1, "
                    "and the reminder days cannot be negative."
                )
            )
        return super().set_values()
