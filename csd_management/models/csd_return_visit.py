from odoo import api, fields, models
from odoo.exceptions import UserError

VISIT_CHANNELS = [("phone", "Phone"), ("onsite", "On-site"), ("email", "E-mail")]


class CsdReturnVisit(models.Model):
    """A return visit (回访) to a customer: planned by a visit plan or asked
    for by another process (a resolved complaint), then recorded."""

    _name = "csd.return.visit"
    _description = "Return Visit"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "date_planned desc, id desc"

    name = fields.Char(
        string="Reference", required=True, readonly=True, copy=False, default="/"
    )
    partner_id = fields.Many2one(
        "res.partner",
        string="Customer",
        required=True,
        index=True,
        tracking=True,
        ondelete="restrict",
    )
    value_class = fields.Selection(related="partner_id.value_class", store=True)
    user_id = fields.Many2one(
        "res.users",
        string="Visited By",
        required=True,
        index=True,
        tracking=True,
        default=lambda self: self.env.user,
        domain="[('share', '=', False)]",
    )
    plan_id = fields.Many2one("csd.visit.plan", string="Visit Plan", readonly=True)
    date_planned = fields.Date(
        string="Planned Date",
        required=True,
        index=True,
        tracking=True,
        default=fields.Date.context_today,
    )
    date_done = fields.Date(string="Visit Date", readonly=True, tracking=True)
    state = fields.Selection(
        [("planned", "Planned"), ("done", "Done"), ("cancel", "Cancelled")],
        default="planned",
        required=True,
        index=True,
        tracking=True,
    )
    channel = fields.Selection(VISIT_CHANNELS, required=True, default="phone")
    outcome = fields.Selection(
        [
            ("satisfied", "Satisfied"),
            ("follow_up", "Needs Follow-up"),
            ("unreachable", "Unreachable"),
        ],
        tracking=True,
    )
    customer_opinion = fields.Html(help="What the customer said about our service.")
    follow_up_actions = fields.Html(help="What we will do about it, and who.")
    note = fields.Text(string="Purpose")
    res_model = fields.Char(string="Origin Model", readonly=True, index=True)
    res_id = fields.Many2oneReference(
        string="Origin ID", model_field="res_model", readonly=True, index=True
    )
    origin_name = fields.Char(string="Origin", compute="_compute_origin_name")
    survey_answer_ids = fields.One2many(
        "survey.user_input",
        compute="_compute_survey_answer_ids",
        string="Survey Answers",
    )

    @api.model_create_multi
    def create(self, vals_list):
        sequence = self.env["ir.sequence"]
        for vals in vals_list:
            if vals.get("name", "/") == "/":
                vals["name"] = sequence.next_by_code("csd.return.visit") or "/"
        visits = super().create(vals_list)
        visits._schedule_activity()
        return visits

    def _schedule_activity(self):
        activity_type = self.env.ref("csd_management.mail_activity_type_return_visit")
        model = self.env["ir.model"]._get_id(self._name)
        self.env["mail.activity"].sudo().create(
            [
                {
                    "res_model_id": model,
                    "res_id": visit.id,
                    "activity_type_id": activity_type.id,
                    "summary": self.env._(
                        "Return visit: %s", visit.partner_id.display_name
                    ),
                    "date_deadline": visit.date_planned,
                    "user_id": visit.user_id.id,
                }
                for visit in self
            ]
        )

    def _compute_origin_name(self):
        for visit in self:
            origin = visit._origin_record()
            visit.origin_name = origin.display_name if origin else False

    def _origin_record(self):
        self.ensure_one()
        if not self.res_model or self.res_model not in self.env or not self.res_id:
            return None
        return self.env[self.res_model].browse(self.res_id).exists()

    def _compute_survey_answer_ids(self):
        answers = self.env["survey.user_input"].search(
            [("res_model", "=", self._name), ("res_id", "in", self.ids)]
        )
        by_visit = {}
        for answer in answers:
            by_visit.setdefault(answer.res_id, []).append(answer.id)
        for visit in self:
            visit.survey_answer_ids = [(6, 0, by_visit.get(visit.id, []))]

    @api.model
    def _request_return_visit(
        self, partner, origin=None, user=None, date_planned=None, note=None
    ):
        """Ask for a return visit of `partner` (e.g. after a resolved
        complaint); `origin` is the record that asks for it."""
        if not partner:
            raise UserError(self.env._("A return visit needs a customer."))
        partner = partner.commercial_partner_id if partner.parent_id else partner
        vals = {
            "partner_id": partner.id,
            "user_id": (user or partner._csd_responsible()).id,
            "date_planned": date_planned or fields.Date.context_today(self),
            "note": note,
        }
        if origin:
            vals.update(res_model=origin._name, res_id=origin.id)
        return self.create(vals)

    def action_done(self):
        if self.filtered(lambda v: v.state != "planned"):
            raise UserError(self.env._("Only planned visits can be recorded as done."))
        if self.filtered(lambda v: not v.outcome):
            raise UserError(self.env._("Record the outcome of the visit first."))
        self.write({"state": "done", "date_done": fields.Date.context_today(self)})
        self.activity_ids.action_feedback(feedback=self.env._("Visit done"))

    def action_cancel(self):
        if self.filtered(lambda v: v.state == "done"):
            raise UserError(self.env._("A visit that took place cannot be cancelled."))
        self.write({"state": "cancel"})
        self.activity_ids.unlink()

    def action_reset(self):
        self.write({"state": "planned", "date_done": False})

    def action_send_survey(self):
        survey = self.env.ref("csd_management.survey_customer_satisfaction")
        for visit in self:
            employee = visit.user_id.employee_ids[:1]
            survey._csd_invite(visit.partner_id, record=visit, employee=employee)

    def action_open_origin(self):
        self.ensure_one()
        origin = self._origin_record()
        if not origin:
            raise UserError(
                self.env._("The record this visit came from no longer exists.")
            )
        return {
            "type": "ir.actions.act_window",
            "res_model": origin._name,
            "res_id": origin.id,
            "view_mode": "form",
        }

    @api.ondelete(at_uninstall=False)
    def _unlink_except_done(self):
        if self.filtered(lambda v: v.state == "done"):
            raise UserError(
                self.env._(
                    "Visits that took place are customer history: they cannot be "
                    "deleted."
                )
            )
