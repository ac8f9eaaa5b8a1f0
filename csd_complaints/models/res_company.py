from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    csd_promise_hours = fields.Integer(
        string="Promised Handling Time (hours)", default=24
    )
    csd_second_complaint_days = fields.Integer(
        string="Second Complaint Window (days)", default=30
    )
    csd_supervisor_user_id = fields.Many2one("res.users", string="Complaint Supervisor")
    csd_manager_user_id = fields.Many2one("res.users", string="Complaint Manager")
    csd_alert_level = fields.Selection(
        [("urgent", "Urgent only"), ("major", "Major and urgent")],
        string="Alert the Department Manager For",
        default="major",
    )
    csd_escalate_to_department_manager = fields.Boolean(
        string="Escalate to the Responsible Department's Manager", default=True
    )
    csd_recovery_approval_amount = fields.Monetary(
        string="Recovery Approval Above", default=500.0, currency_field="currency_id"
    )

    def csd_alert_severities(self):
        self.ensure_one()
        return ("urgent",) if self.csd_alert_level == "urgent" else ("major", "urgent")
