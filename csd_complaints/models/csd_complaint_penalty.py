from odoo import api, fields, models
from odoo.exceptions import UserError


class CsdComplaintPenalty(models.Model):
    """A complaint penalty opinion (投诉处罚意见书) or penalty notice (处罚通知单).

    Approved notices are the fines the KPI addon deducts from pay.
    """

    _name = "csd.complaint.penalty"
    _description = "Complaint Penalty"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "date desc, id desc"

    name = fields.Char(
        string="Reference", required=True, copy=False, readonly=True, default="/"
    )
    kind = fields.Selection(
        [("opinion", "Penalty Opinion"), ("notice", "Penalty Notice")],
        required=True,
        default="opinion",
        tracking=True,
        help="A penalty opinion (投诉处罚意见书) proposes a penalty; a penalty "
        "notice (处罚通知单) imposes the fine.",
    )
    ticket_id = fields.Many2one(
        "helpdesk.ticket", string="Complaint", index=True, ondelete="restrict"
    )
    partner_id = fields.Many2one(related="ticket_id.partner_id", string="Customer")
    employee_id = fields.Many2one(
        "hr.employee",
        required=True,
        index=True,
        tracking=True,
        context={"active_test": False},
    )
    department_id = fields.Many2one(
        "hr.department",
        compute="_compute_department_id",
        store=True,
        readonly=False,
        tracking=True,
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    amount = fields.Monetary(tracking=True, currency_field="currency_id")
    date = fields.Date(required=True, default=fields.Date.context_today, index=True)
    reason = fields.Text(required=True, help="The fault found and the rule applied.")
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
        copy=False,
    )
    approved_by_id = fields.Many2one("res.users", readonly=True, copy=False)
    approved_date = fields.Date(readonly=True, copy=False)

    _sql_constraints = [
        (
            "amount_positive",
            "CHECK(amount >= 0)",
            "A penalty amount cannot be negative.",
        ),
    ]

    @api.depends("employee_id")
    def _compute_department_id(self):
        for penalty in self:
            penalty.department_id = penalty.employee_id.department_id

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("name", "/") == "/":
                vals["name"] = (
                    self.env["ir.sequence"].next_by_code("csd.complaint.penalty") or "/"
                )
        return super().create(vals_list)

    def action_submit(self):
        if self.filtered(lambda p: p.state != "draft"):
            raise UserError(self.env._("Only draft penalties can be submitted."))
        if self.filtered(lambda p: p.kind == "notice" and p.amount <= 0):
            raise UserError(self.env._("A penalty notice needs an amount."))
        self.write({"state": "to_approve"})
        manager = self.env.company.csd_manager_user_id
        if manager:
            for penalty in self:
                penalty.activity_schedule(
                    "mail.mail_activity_data_todo",
                    user_id=manager.id,
                    summary=self.env._("Approve penalty %s", penalty.name),
                )

    def _check_approver(self):
        if not self.env.user.has_group("csd_management.group_csd_manager"):
            raise UserError(
                self.env._("Only a customer-service manager can decide on penalties.")
            )
        if self.filtered(lambda p: p.state != "to_approve"):
            raise UserError(
                self.env._("Only penalties waiting for approval can be decided.")
            )

    def action_approve(self):
        self._check_approver()
        self.write(
            {
                "state": "approved",
                "approved_by_id": self.env.user.id,
                "approved_date": fields.Date.context_today(self),
            }
        )
        self.activity_feedback(["mail.mail_activity_data_todo"])

    def action_refuse(self):
        self._check_approver()
        self.write({"state": "refused"})
        self.activity_unlink(["mail.mail_activity_data_todo"])

    def action_reset_draft(self):
        if self.filtered(lambda p: p.state == "approved"):
            raise UserError(self.env._("An approved penalty cannot be reset."))
        self.write({"state": "draft"})

    @api.ondelete(at_uninstall=False)
    def _unlink_only_draft(self):
        if self.filtered(lambda p: p.state != "draft"):
            raise UserError(self.env._("Only draft penalties can be deleted."))

    @api.model
    def _csd_fine_figures(self, date_from, date_to, employee_ids):
        """{employee_id: total of approved penalty notices dated in the period}."""
        groups = self.sudo()._read_group(
            [
                ("kind", "=", "notice"),
                ("state", "=", "approved"),
                ("date", ">=", date_from),
                ("date", "<=", date_to),
                ("employee_id", "in", list(employee_ids)),
            ],
            ["employee_id"],
            ["amount:sum"],
        )
        figures = dict.fromkeys(employee_ids, 0.0)
        figures.update({employee.id: amount for employee, amount in groups})
        return figures
