from odoo import api, fields, models
from odoo.exceptions import UserError


class CsdServiceRecovery(models.Model):
    """A remedy given to win the customer back (服务补救)."""

    _name = "csd.service.recovery"
    _description = "Service Recovery"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "date desc, id desc"

    ticket_id = fields.Many2one(
        "helpdesk.ticket", required=True, index=True, ondelete="cascade"
    )
    partner_id = fields.Many2one(
        related="ticket_id.commercial_partner_id", store=True, string="Customer"
    )
    user_id = fields.Many2one(related="ticket_id.user_id", store=True)
    remedy_type = fields.Selection(
        [
            ("apology", "Apology"),
            ("redo", "Redo the service"),
            ("compensation", "Compensation"),
            ("coupon", "Coupon"),
            ("credit", "Credit"),
        ],
        required=True,
        default="apology",
        tracking=True,
    )
    description = fields.Char()
    date = fields.Date(required=True, default=fields.Date.context_today, index=True)
    company_id = fields.Many2one(related="ticket_id.company_id", store=True)
    currency_id = fields.Many2one(related="company_id.currency_id")
    amount = fields.Monetary(string="Cost", tracking=True)
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("to_approve", "To Approve"),
            ("approved", "Approved"),
            ("refused", "Refused"),
        ],
        default="draft",
        required=True,
        tracking=True,
        index=True,
    )
    approved_by_id = fields.Many2one("res.users", readonly=True, copy=False)

    _sql_constraints = [
        ("amount_positive", "CHECK(amount >= 0)", "A cost cannot be negative."),
    ]

    def action_confirm(self):
        """Small remedies are granted at once; larger ones wait for a manager."""
        for recovery in self:
            if recovery.state != "draft":
                raise UserError(self.env._("Only draft remedies can be confirmed."))
            limit = recovery.company_id.csd_recovery_approval_amount
            if recovery.amount > limit:
                recovery.state = "to_approve"
                manager = recovery.company_id.csd_manager_user_id
                if manager:
                    recovery.activity_schedule(
                        "mail.mail_activity_data_todo",
                        user_id=manager.id,
                        summary=self.env._("Approve a service recovery"),
                    )
            else:
                recovery.state = "approved"

    def action_approve(self):
        if not self.env.user.has_group("csd_management.group_csd_manager"):
            raise UserError(
                self.env._("Only a customer-service manager can approve this remedy.")
            )
        if self.filtered(lambda r: r.state != "to_approve"):
            raise UserError(
                self.env._("Only remedies waiting for approval can be approved.")
            )
        self.write({"state": "approved", "approved_by_id": self.env.user.id})

    def action_refuse(self):
        if not self.env.user.has_group("csd_management.group_csd_manager"):
            raise UserError(
                self.env._("Only a customer-service manager can refuse this remedy.")
            )
        self.write({"state": "refused"})

    @api.ondelete(at_uninstall=False)
    def _unlink_only_draft(self):
        if self.filtered(lambda r: r.state != "draft"):
            raise UserError(self.env._("Only draft remedies can be deleted."))
