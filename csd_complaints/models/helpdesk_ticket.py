from datetime import datetime, time, timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import parse_contact_from_email

CONTACT_DEADLINE_HOURS = 48


class HelpdeskTicket(models.Model):
    _inherit = "helpdesk.ticket"

    ticket_type = fields.Selection(
        [
            ("complaint", "Complaint"),
            ("inquiry", "Inquiry"),
            ("repair", "Repair"),
            ("suggestion", "Suggestion"),
        ],
        string="Type",
        required=True,
        default="inquiry",
        tracking=True,
        index=True,
        help="Complaint (投诉), inquiry (咨询), repair request (报修) "
        "or suggestion (建议).",
    )
    severity = fields.Selection(
        [
            ("minor", "Minor"),
            ("normal", "Normal"),
            ("major", "Major"),
            ("urgent", "Urgent"),
        ],
        required=True,
        default="normal",
        tracking=True,
        index=True,
        help="Major and urgent complaints notify the responsible department's "
        "manager at once.",
    )
    nature = fields.Selection(
        [
            ("product", "Product quality"),
            ("service", "Service attitude"),
            ("delivery", "Delivery and installation"),
            ("price", "Price and billing"),
            ("other", "Other"),
        ],
        tracking=True,
        help="The nature of the problem, set when the ticket is classified (分类).",
    )
    promised_date = fields.Datetime(
        string="Promised Handling Time",
        tracking=True,
        copy=False,
        help="When the customer was promised an answer (承诺处理时限).",
    )
    # Responsibility
    responsible_department_id = fields.Many2one(
        "hr.department", tracking=True, index=True
    )
    responsible_employee_id = fields.Many2one(
        "hr.employee",
        string="Responsible Person",
        tracking=True,
        context={"active_test": False},
    )
    # Feedback (反馈) and follow-up (跟踪)
    feedback_note = fields.Text(
        string="Feedback to Customer",
        tracking=True,
        help="What the customer was told about the result (反馈). Required "
        "before closing.",
    )
    feedback_date = fields.Datetime(string="Feedback Given On", copy=False)
    customer_opinion = fields.Text(
        help="The customer's opinion collected during the follow-up (跟踪)."
    )
    first_contact_resolved = fields.Boolean(
        string="Resolved at First Contact",
        compute="_compute_first_contact_resolved",
        store=True,
        help="Closed within a day, without escalation and without being reopened.",
    )
    # Escalation
    is_second_complaint = fields.Boolean(
        string="Second Complaint",
        tracking=True,
        copy=False,
        index=True,
        help="The customer complained again (二次投诉) within the configured window.",
    )
    previous_ticket_id = fields.Many2one(
        "helpdesk.ticket", string="Earlier Complaint", copy=False, index=True
    )
    reopen_count = fields.Integer(copy=False, readonly=True)
    escalation_level = fields.Selection(
        [
            ("specialist", "Specialist"),
            ("supervisor", "Supervisor"),
            ("manager", "Manager"),
        ],
        default="specialist",
        required=True,
        tracking=True,
        copy=False,
    )
    escalated_to_id = fields.Many2one("res.users", tracking=True, copy=False)
    escalation_reason = fields.Text(tracking=True, copy=False)
    # Repairs and after-sales
    repair_route = fields.Selection(
        [
            ("site_supervisor", "Site supervisor"),
            ("manufacturer", "Manufacturer's after-sales"),
        ],
        tracking=True,
    )
    site_supervisor_id = fields.Many2one("hr.employee", context={"active_test": False})
    manufacturer_id = fields.Many2one(
        "res.partner",
        string="Manufacturer After-sales",
        help="The after-sales contact who receives the repair notice.",
    )
    repair_notice_sent = fields.Boolean(copy=False, readonly=True, tracking=True)
    contact_deadline = fields.Datetime(
        tracking=True,
        copy=False,
        help="Set when the responsible person has left: the customer is "
        "contacted within 48 hours.",
    )
    product_id = fields.Many2one("product.product", tracking=True)
    goods_action = fields.Selection(
        [("return", "Return"), ("exchange", "Exchange")],
        string="Defective Goods",
        tracking=True,
    )
    warranty_status = fields.Selection(
        [
            ("in_warranty", "In warranty"),
            ("out_of_warranty", "Out of warranty"),
            ("unknown", "Unknown"),
        ],
        tracking=True,
    )
    # Service recovery and penalties
    recovery_ids = fields.One2many("csd.service.recovery", "ticket_id")
    recovery_cost = fields.Monetary(
        compute="_compute_recovery_cost",
        store=True,
        currency_field="company_currency_id",
        help="Approved service-recovery cost (服务补救).",
    )
    company_currency_id = fields.Many2one(related="company_id.currency_id")
    penalty_ids = fields.One2many("csd.complaint.penalty", "ticket_id")
    penalty_count = fields.Integer(compute="_compute_penalty_count")
    # Resolution confirmation signed on the portal
    signature = fields.Image(copy=False, attachment=True, max_width=1024)
    signed_by = fields.Char(copy=False)
    signed_on = fields.Datetime(copy=False)
    csd_process = fields.Boolean(related="team_id.csd_process")

    @api.depends("closed_date", "create_date", "escalation_level", "reopen_count")
    def _compute_first_contact_resolved(self):
        for ticket in self:
            ticket.first_contact_resolved = bool(
                ticket.closed_date
                and ticket.create_date
                and ticket.closed_date - ticket.create_date <= timedelta(days=1)
                and ticket.escalation_level == "specialist"
                and not ticket.reopen_count
            )

    @api.depends("recovery_ids.amount", "recovery_ids.state")
    def _compute_recovery_cost(self):
        for ticket in self:
            ticket.recovery_cost = sum(
                ticket.recovery_ids.filtered(
                    lambda r: r.state in ("approved", "done")
                ).mapped("amount")
            )

    def _compute_penalty_count(self):
        groups = dict(
            self.env["csd.complaint.penalty"]._read_group(
                [("ticket_id", "in", self.ids)], ["ticket_id"], ["__count"]
            )
        )
        for ticket in self:
            ticket.penalty_count = groups.get(ticket, 0)

    # ---------------------------------------------------------------
    # Intake
    # ---------------------------------------------------------------
    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if not vals.get("description"):
                # A ticket without a description is refused by the ORM; keep
                # the customer's message rather than losing it.
                placeholder = self.env._("(no description given)")
                vals["description"] = f"<p>{placeholder}</p>"
        teams = self.env["helpdesk.ticket.team"].browse(
            {vals["team_id"] for vals in vals_list if vals.get("team_id")}
        )
        now = fields.Datetime.now()
        for vals in vals_list:
            team = teams.filtered(lambda t, v=vals: t.id == v.get("team_id"))
            if team.csd_process and not vals.get("promised_date"):
                hours = team.csd_promise_hours or self.env.company.csd_promise_hours
                vals["promised_date"] = now + timedelta(hours=hours)
        tickets = super().create(vals_list)
        tickets._csd_detect_second_complaint()
        tickets.filtered(lambda t: t.csd_process)._csd_alert_department_manager()
        tickets._csd_send_acknowledgement()
        return tickets

    def _csd_send_acknowledgement(self):
        template = self.env.ref(
            "csd_complaints.mail_template_ticket_received", raise_if_not_found=False
        )
        if not template:
            return
        for ticket in self.filtered(
            lambda t: t.csd_process and (t.partner_id.email or t.partner_email)
        ):
            ticket.message_post_with_source(
                template,
                message_type="comment",
                subtype_xmlid="mail.mt_comment",
                partner_ids=ticket.partner_id.ids,
            )

    @api.model
    def message_new(self, msg, custom_values=None):
        """Mail gateway: an unknown or missing sender still makes a ticket."""
        custom_values = dict(custom_values or {})
        name, email = parse_contact_from_email(msg.get("email_from") or "")
        custom_values.setdefault("partner_email", email or False)
        custom_values.setdefault(
            "partner_name", name or email or self.env._("Unknown sender")
        )
        channel = self.env.ref(
            "helpdesk_mgmt.helpdesk_ticket_channel_email", raise_if_not_found=False
        )
        if channel:
            custom_values.setdefault("channel_id", channel.id)
        if not msg.get("body"):
            placeholder = self.env._("(empty message)")
            msg = dict(msg, body=f"<p>{placeholder}</p>")
        return super().message_new(msg, custom_values=custom_values)

    # ---------------------------------------------------------------
    # The five steps
    # ---------------------------------------------------------------
    def write(self, vals):
        stage = (
            self.env["helpdesk.ticket.stage"].browse(vals["stage_id"])
            if vals.get("stage_id")
            else None
        )
        reopened = self.env["helpdesk.ticket"]
        newly_closed = self.env["helpdesk.ticket"]
        if stage is not None:
            if stage.closed:
                missing = self.filtered(
                    lambda t: t.csd_process
                    and not t.closed
                    and not (vals.get("feedback_note") or t.feedback_note)
                )
                if missing:
                    raise ValidationError(
                        self.env._(
                            "Record the feedback given to the customer before "
                            "closing %s.",
                            ", ".join(missing.mapped("display_name")),
                        )
                    )
                newly_closed = self.filtered(lambda t: not t.closed)
            else:
                reopened = self.filtered("closed")
        if vals.get("feedback_note") and "feedback_date" not in vals:
            vals["feedback_date"] = fields.Datetime.now()
        if "severity" in vals:
            to_alert = self.filtered(
                lambda t: t.severity not in t.company_id.csd_alert_severities()
            )
        else:
            to_alert = self.browse()
        res = super().write(vals)
        for ticket in reopened:
            ticket.reopen_count += 1
            if ticket.ticket_type == "complaint":
                ticket._csd_flag_second_complaint(
                    ticket, self.env._("The complaint was reopened.")
                )
        newly_closed._csd_on_resolved()
        to_alert.filtered("csd_process")._csd_alert_department_manager()
        return res

    @api.ondelete(at_uninstall=False)
    def _unlink_only_first_stage(self):
        for ticket in self:
            first = ticket.team_id._get_applicable_stages()[:1]
            if ticket.stage_id and ticket.stage_id != first:
                raise UserError(
                    self.env._(
                        "Ticket %s has left its first stage and is part of the "
                        "customer's history: archive it instead of deleting it.",
                        ticket.display_name,
                    )
                )

    def _csd_on_resolved(self):
        """Resolved complaints get a return visit and, if the team asks, a survey.

        Both are scheduled on the department's behalf, whatever the rights of
        the person who closes the ticket.
        """
        for ticket in self.filtered(
            lambda t: t.ticket_type == "complaint" and t.partner_id
        ):
            self.env["csd.return.visit"].sudo()._request_return_visit(
                ticket.partner_id,
                origin=ticket,
                user=ticket.user_id or None,
                note=self.env._("Return visit after complaint %s", ticket.display_name),
            )
            survey = ticket.team_id.csd_survey_id
            if survey and ticket.partner_id.email:
                survey.sudo()._csd_invite(
                    ticket.partner_id,
                    record=ticket,
                    employee=ticket.user_id.employee_id or None,
                )

    # ---------------------------------------------------------------
    # Escalation
    # ---------------------------------------------------------------
    def _csd_supervisor(self):
        return self.team_id.user_id or self.company_id.csd_supervisor_user_id

    def _csd_detect_second_complaint(self):
        complaints = self.filtered(
            lambda t: t.ticket_type == "complaint" and t.commercial_partner_id
        )
        if not complaints:
            return
        days = self.env.company.csd_second_complaint_days
        since = fields.Datetime.now() - timedelta(days=days)
        earlier = self.search(
            [
                ("id", "not in", complaints.ids),
                ("ticket_type", "=", "complaint"),
                ("commercial_partner_id", "in", complaints.commercial_partner_id.ids),
                ("create_date", ">=", since),
            ],
            order="create_date desc",
        )
        for ticket in complaints:
            previous = earlier.filtered(
                lambda e, t=ticket: e.commercial_partner_id == t.commercial_partner_id
                and (
                    (t.category_id and e.category_id == t.category_id)
                    or (e.name or "").strip().lower() == (t.name or "").strip().lower()
                )
            )[:1]
            if previous:
                ticket.previous_ticket_id = previous
                ticket._csd_flag_second_complaint(
                    ticket,
                    self.env._(
                        "The customer already complained about this in %s.",
                        previous.display_name,
                    ),
                )

    def _csd_flag_second_complaint(self, ticket, reason):
        supervisor = ticket._csd_supervisor()
        ticket.write(
            {
                "is_second_complaint": True,
                "escalation_level": "supervisor",
                "escalated_to_id": supervisor.id,
                "escalation_reason": reason,
            }
        )
        ticket._csd_notify(
            supervisor, self.env._("Second complaint (二次投诉)"), reason
        )

    def _csd_notify(self, user, summary, note):
        self.ensure_one()
        body = f"{summary}: {note}"
        if user:
            self.activity_schedule(
                "mail.mail_activity_data_todo",
                user_id=user.id,
                summary=summary,
                note=note,
                date_deadline=fields.Date.context_today(self),
            )
            self.message_subscribe(partner_ids=user.partner_id.ids)
            self.message_post(
                body=body,
                partner_ids=user.partner_id.ids,
                subtype_xmlid="mail.mt_note",
            )
        else:
            self.message_post(body=body, subtype_xmlid="mail.mt_note")

    def _csd_alert_department_manager(self):
        for ticket in self.filtered(
            lambda t: t.severity in t.company_id.csd_alert_severities()
        ):
            manager = (
                ticket.responsible_department_id.manager_id.user_id
                or ticket.company_id.csd_manager_user_id
            )
            ticket._csd_notify(
                manager,
                self.env._("Urgent: act now"),
                self.env._(
                    "%(ticket)s is a %(severity)s %(type)s: "
                    "contact the customer at once.",
                    ticket=ticket.display_name,
                    severity=dict(
                        ticket._fields["severity"]._description_selection(self.env)
                    )[ticket.severity],
                    type=dict(
                        ticket._fields["ticket_type"]._description_selection(self.env)
                    )[ticket.ticket_type],
                ),
            )

    def _csd_escalate(self, reason):
        """Move one rung up the ladder specialist → supervisor → manager."""
        self.ensure_one()
        if not reason:
            raise UserError(self.env._("Give the reason for the escalation."))
        if self.escalation_level == "manager":
            raise UserError(
                self.env._("%s is already with the manager.", self.display_name)
            )
        if self.escalation_level == "specialist":
            level, user = "supervisor", self._csd_supervisor()
        else:
            level = "manager"
            user = (
                self.responsible_department_id.manager_id.user_id
                if self.company_id.csd_escalate_to_department_manager
                else self.env["res.users"]
            ) or self.company_id.csd_manager_user_id
        self.write(
            {
                "escalation_level": level,
                "escalated_to_id": user.id,
                "escalation_reason": reason,
            }
        )
        self._csd_notify(user, self.env._("Escalated complaint"), reason)

    # ---------------------------------------------------------------
    # Repairs
    # ---------------------------------------------------------------
    @staticmethod
    def _csd_has_left(employee):
        return bool(employee) and (
            not employee.active or (employee.user_id and not employee.user_id.active)
        )

    def action_route_repair(self):
        for ticket in self:
            if ticket.repair_route == "manufacturer":
                ticket._csd_send_repair_notice()
                continue
            if ticket.repair_route != "site_supervisor":
                raise UserError(self.env._("Choose how the repair is routed first."))
            person = ticket.site_supervisor_id or ticket.responsible_employee_id
            if not person:
                raise UserError(self.env._("Choose the site supervisor first."))
            if self._csd_has_left(person):
                ticket._csd_apply_contact_deadline(person)
            else:
                ticket._csd_notify(
                    person.user_id,
                    self.env._("Repair to arrange"),
                    self.env._("Contact the customer and agree a repair time."),
                )

    def _csd_apply_contact_deadline(self, person):
        """The person in charge has left: promise contact within 48 hours."""
        self.ensure_one()
        deadline = fields.Datetime.now() + timedelta(hours=CONTACT_DEADLINE_HOURS)
        self.write({"contact_deadline": deadline, "promised_date": deadline})
        template = self.env.ref("csd_complaints.mail_template_contact_within_48h")
        if self.partner_id:
            self.message_post_with_source(
                template,
                message_type="comment",
                subtype_xmlid="mail.mt_comment",
                partner_ids=self.partner_id.ids,
            )
        supervisor = self._csd_supervisor()
        if supervisor:
            self.activity_schedule(
                "mail.mail_activity_data_call",
                user_id=supervisor.id,
                date_deadline=deadline.date(),
                summary=self.env._("Contact the customer within 48 hours"),
                note=self.env._("%s has left the company.", person.name),
            )

    def _csd_send_repair_notice(self):
        self.ensure_one()
        if not self.manufacturer_id.email:
            raise UserError(
                self.env._(
                    "Give the manufacturer's after-sales contact an e-mail address."
                )
            )
        template = self.env.ref("csd_complaints.mail_template_repair_notice")
        self.message_post_with_source(
            template,
            message_type="comment",
            subtype_xmlid="mail.mt_comment",
            partner_ids=self.manufacturer_id.ids,
        )
        self.repair_notice_sent = True

    # ---------------------------------------------------------------
    # Actions
    # ---------------------------------------------------------------
    def action_open_escalate_wizard(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Escalate"),
            "res_model": "csd.ticket.escalate.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"default_ticket_id": self.id},
        }

    def action_view_penalties(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "csd_complaints.action_csd_complaint_penalty"
        )
        action["domain"] = [("ticket_id", "=", self.id)]
        action["context"] = {
            "default_ticket_id": self.id,
            "default_employee_id": self.responsible_employee_id.id,
        }
        return action

    # ---------------------------------------------------------------
    # Figures for the KPI addon
    # ---------------------------------------------------------------
    @api.model
    def _csd_ticket_figures(self, date_from, date_to, user_ids):
        """Per assigned user, tickets created in [date_from, date_to]."""
        groups = (
            self.sudo()
            .with_context(active_test=False)
            ._read_group(
                [
                    ("user_id", "in", list(user_ids)),
                    ("create_date", ">=", datetime.combine(date_from, time.min)),
                    ("create_date", "<=", datetime.combine(date_to, time.max)),
                ],
                [
                    "user_id",
                    "ticket_type",
                    "stage_id",
                    "first_contact_resolved",
                    "is_second_complaint",
                ],
                ["__count", "recovery_cost:sum"],
            )
        )
        keys = (
            "ticket_count",
            "inquiry_count",
            "complaint_count",
            "repair_count",
            "resolved_count",
            "first_contact_resolved_count",
            "second_complaint_count",
        )
        figures = {
            uid: dict(dict.fromkeys(keys, 0), recovery_cost=0.0) for uid in user_ids
        }
        for user, ttype, stage, fcr, second, count, cost in groups:
            row = figures[user.id]
            row["ticket_count"] += count
            if ttype in ("inquiry", "complaint", "repair"):
                row[f"{ttype}_count"] += count
            row["resolved_count"] += count if stage.closed else 0
            row["first_contact_resolved_count"] += count if fcr else 0
            row["second_complaint_count"] += count if second else 0
            row["recovery_cost"] += cost or 0.0
        return figures
