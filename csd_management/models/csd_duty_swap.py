from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class CsdDutySwap(models.Model):
    _name = "csd.duty.swap"
    _description = "Duty Swap Request"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "create_date desc, id desc"

    shift_id = fields.Many2one(
        "csd.duty.shift", required=True, index=True, tracking=True
    )
    employee_id = fields.Many2one(
        "hr.employee",
        string="Requested By",
        required=True,
        index=True,
        help="The employee whose shift it is.",
    )
    target_employee_id = fields.Many2one(
        "hr.employee", string="Swap With", required=True, index=True, tracking=True
    )
    target_shift_id = fields.Many2one(
        "csd.duty.shift",
        string="Shift in Exchange",
        help="The other employee's shift taken in return; leave empty when the "
        "other employee only takes over this shift.",
        tracking=True,
    )
    reason = fields.Text()
    state = fields.Selection(
        [
            ("to_approve", "To Approve"),
            ("approved", "Approved"),
            ("refused", "Refused"),
        ],
        default="to_approve",
        required=True,
        readonly=True,
        tracking=True,
        index=True,
    )
    approver_id = fields.Many2one("res.users", readonly=True, tracking=True)

    @api.depends("shift_id", "target_employee_id")
    def _compute_display_name(self):
        for swap in self:
            swap.display_name = self.env._(
                "%(shift)s ⇄ %(employee)s",
                shift=swap.shift_id.display_name or "",
                employee=swap.target_employee_id.name or "",
            )

    @api.onchange("shift_id")
    def _onchange_shift_id(self):
        self.employee_id = self.shift_id.employee_id

    @api.constrains("employee_id", "target_employee_id", "shift_id", "target_shift_id")
    def _check_swap(self):
        for swap in self:
            if swap.employee_id == swap.target_employee_id:
                raise ValidationError(
                    self.env._("You cannot swap a shift with yourself.")
                )
            if (
                swap.shift_id.employee_id != swap.employee_id
                and swap.state == "to_approve"
            ):
                raise ValidationError(
                    self.env._("Only the employee on duty can ask to swap the shift.")
                )
            if swap.target_shift_id and (
                swap.target_shift_id.employee_id != swap.target_employee_id
                and swap.state == "to_approve"
            ):
                raise ValidationError(
                    self.env._(
                        "The shift in exchange must be one of %s's shifts.",
                        swap.target_employee_id.name,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("shift_id") and not vals.get("employee_id"):
                vals["employee_id"] = (
                    self.env["csd.duty.shift"].browse(vals["shift_id"]).employee_id.id
                )
        swaps = super().create(vals_list)
        swaps._ask_approval()
        return swaps

    def _ask_approval(self):
        for swap in self:
            supervisor = swap.employee_id.parent_id.user_id or (
                swap.shift_id.roster_id.department_id.manager_id.user_id
            )
            if supervisor:
                swap.activity_schedule(
                    "mail.mail_activity_data_todo",
                    summary=self.env._("Approve the duty swap"),
                    user_id=supervisor.id,
                )

    def _check_approver(self):
        if not self.env.user.has_group("csd_management.group_csd_supervisor"):
            raise UserError(self.env._("Only a supervisor can decide on a duty swap."))
        if self.filtered(lambda s: s.state != "to_approve"):
            raise UserError(self.env._("This swap request has already been decided."))

    def action_approve(self):
        """The supervisor approves: the shifts change hands."""
        self._check_approver()
        for swap in self:
            swap.shift_id.employee_id = swap.target_employee_id
            if swap.target_shift_id:
                swap.target_shift_id.employee_id = swap.employee_id
        self.write({"state": "approved", "approver_id": self.env.uid})
        self.activity_feedback(["mail.mail_activity_data_todo"])

    def action_refuse(self):
        self._check_approver()
        self.write({"state": "refused", "approver_id": self.env.uid})
        self.activity_feedback(["mail.mail_activity_data_todo"])
