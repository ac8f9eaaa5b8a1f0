from collections import defaultdict
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError

# The confidential customer file (客户档案保密): credit data. Only the group
# below may read it, and reads by people outside the owning team are logged.
CONFIDENTIAL_FIELDS = (
    "customer_credit_limit",
    "customer_credit_rating",
    "credit_review_date",
    "credit_note",
)
CONFIDENTIAL_GROUP = (
    "csd_management.group_csd_specialist,csd_management.group_csd_customer_file"
)

NPS_GROUPS = [
    ("promoter", "Promoter"),
    ("passive", "Passive"),
    ("detractor", "Detractor"),
]

# Reclassification works on this many customers at a time: a few grouped
# queries per batch, whatever the batch size.
RECLASSIFY_BATCH = 2000


def keep_latest(figures, key, moment):
    """Keep in figures[key] the latest of its date and `moment` (a datetime)."""
    day = moment and moment.date()
    if day and (not figures[key] or day > figures[key]):
        figures[key] = day


def nps_group(score):
    """Net Promoter group of a 0-10 recommendation score."""
    if score is None or score is False:
        return False
    if score >= 9:
        return "promoter"
    if score >= 7:
        return "passive"
    return "detractor"


class ResPartner(models.Model):
    _inherit = "res.partner"

    is_key_account = fields.Boolean(
        string="Key Account",
        tracking=True,
        index=True,
        help="大客户: a special user or group customer, served 7×24 "
        "by a dedicated account manager.",
    )
    value_class = fields.Selection(
        [("a", "A"), ("b", "B"), ("c", "C")],
        tracking=True,
        index=True,
        help="Customer value class: A is the most valuable, visited most often. "
        "Set by the value score when customers are reclassified.",
    )
    account_manager_id = fields.Many2one(
        "res.users",
        tracking=True,
        index=True,
        domain="[('share', '=', False)]",
        help="Dedicated account manager: receives the reviews, reminders, "
        "care events and return visits of this customer.",
    )
    # Segments (geography is the address: country, state, city)
    customer_size = fields.Selection(
        [("small", "Small"), ("medium", "Medium"), ("large", "Large")],
    )
    customer_type = fields.Selection(
        [
            ("economic", "Economic"),
            ("ethical", "Ethical"),
            ("personalised", "Personalised"),
            ("convenience", "Convenience"),
        ],
        help="Economic (经济型): looks for the best price. Ethical (道德型): "
        "loyal to a company that behaves well. Personalised (个性化): wants "
        "personal attention. Convenience (方便型): values ease of service.",
    )
    customer_stage = fields.Selection(
        [("potential", "Potential"), ("current", "Current"), ("past", "Past")],
        tracking=True,
        index=True,
    )
    # Confidential customer file
    customer_credit_limit = fields.Monetary(
        string="Approved Credit Limit",
        currency_field="customer_currency_id",
        groups=CONFIDENTIAL_GROUP,
        tracking=True,
    )
    customer_currency_id = fields.Many2one(
        "res.currency",
        compute="_compute_customer_currency_id",
    )
    customer_credit_rating = fields.Selection(
        [
            ("aaa", "AAA"),
            ("aa", "AA"),
            ("a", "A"),
            ("b", "B"),
            ("c", "C"),
        ],
        string="Credit Rating",
        groups=CONFIDENTIAL_GROUP,
        tracking=True,
    )
    credit_review_date = fields.Date(
        string="Last Credit Review",
        groups=CONFIDENTIAL_GROUP,
    )
    credit_note = fields.Text(
        string="Credit Investigation",
        groups=CONFIDENTIAL_GROUP,
        help="Findings of the credit investigation and changes in the "
        "customer's credit.",
    )
    info_review_date = fields.Date(
        string="Last Reviewed",
        tracking=True,
        help="When the customer's information was last checked and updated.",
    )
    is_info_stale = fields.Boolean(
        string="Information Stale",
        compute="_compute_is_info_stale",
        search="_search_is_info_stale",
        help="Not reviewed within the period set in the settings.",
    )
    birthday = fields.Date(help="Care event: an activity is planned on this day.")
    birthday_day = fields.Char(
        compute="_compute_birthday_day",
        store=True,
        index=True,
        help="Month and day of the birthday (MM-DD), to find today's birthdays.",
    )
    deadline_ids = fields.One2many(
        "csd.customer.deadline", "partner_id", string="Contract Dates"
    )
    return_visit_ids = fields.One2many(
        "csd.return.visit", "partner_id", string="Return Visits"
    )
    return_visit_count = fields.Integer(compute="_compute_return_visit_count")
    # Value and loyalty, written by the reclassification job
    value_score = fields.Float(
        readonly=True,
        digits=(16, 1),
        help="Computed from the customer's history with the weights set in "
        "the settings.",
    )
    value_reviewed_date = fields.Date(
        string="Value Assessed On",
        readonly=True,
    )
    nps_group = fields.Selection(
        NPS_GROUPS,
        string="NPS Group",
        readonly=True,
        index=True,
        help="From the customer's average recommendation score (0-10) over "
        "the churn period: 9-10 promoter, 7-8 passive, 0-6 detractor.",
    )
    churn_risk = fields.Boolean(
        readonly=True,
        index=True,
        help="A current customer without orders or contact in the churn "
        "period, a recent detractor score, or repeated complaints.",
    )
    churn_inactive = fields.Boolean(string="Risk: No Order or Contact", readonly=True)
    churn_detractor = fields.Boolean(string="Risk: Detractor", readonly=True)
    churn_complaints = fields.Boolean(string="Risk: Repeated Complaints", readonly=True)
    satisfaction_score = fields.Float(
        string="Satisfaction",
        compute="_compute_satisfaction_score",
        digits=(16, 1),
        help="Average overall satisfaction (0-100) of the customer's completed "
        "surveys.",
    )
    repurchase_rate = fields.Float(
        compute="_compute_repurchase_rate",
        digits=(16, 1),
        help="Share of the customer's orders in the value period that are "
        "repeat orders (needs the Sales app).",
    )

    def _compute_customer_currency_id(self):
        for partner in self:
            partner.customer_currency_id = (
                partner.company_id.currency_id or self.env.company.currency_id
            )

    @api.depends("birthday")
    def _compute_birthday_day(self):
        for partner in self:
            partner.birthday_day = (
                partner.birthday.strftime("%m-%d") if partner.birthday else False
            )

    @api.model
    def _csd_param(self, key, default):
        value = (
            self.env["ir.config_parameter"]
            .sudo()
            .get_param(f"csd_management.{key}", default)
        )
        return type(default)(value) if value not in (None, False, "") else default

    def _stale_limit(self):
        days = self._csd_param("info_review_days", 365)
        return fields.Date.context_today(self) - timedelta(days=days)

    @api.depends("info_review_date")
    def _compute_is_info_stale(self):
        limit = self._stale_limit()
        for partner in self:
            partner.is_info_stale = (
                not partner.info_review_date or partner.info_review_date < limit
            )

    def _search_is_info_stale(self, operator, value):
        if operator not in ("=", "!="):
            raise UserError(self.env._("Unsupported search on stale information."))
        stale = [
            "|",
            ("info_review_date", "=", False),
            ("info_review_date", "<", self._stale_limit()),
        ]
        if (operator == "=") == bool(value):
            return stale
        return [("info_review_date", ">=", self._stale_limit())]

    def _compute_return_visit_count(self):
        groups = self.env["csd.return.visit"]._read_group(
            [("partner_id", "in", self.ids)], ["partner_id"], ["__count"]
        )
        counts = {partner.id: count for partner, count in groups}
        for partner in self:
            partner.return_visit_count = counts.get(partner.id, 0)

    def _compute_satisfaction_score(self):
        groups = self.env["survey.user_input"]._read_group(
            [
                ("customer_id", "in", self.ids),
                ("state", "=", "done"),
                ("has_satisfaction_score", "=", True),
            ],
            ["customer_id"],
            ["satisfaction_score:avg"],
        )
        scores = {customer.id: score for customer, score in groups}
        for partner in self:
            partner.satisfaction_score = scores.get(partner.id, 0.0)

    def _compute_repurchase_rate(self):
        date_from = fields.Date.context_today(self) - timedelta(
            days=self._csd_param("value_period_days", 365)
        )
        sales = self._csd_sale_figures(date_from)
        for partner in self:
            orders = sales.get(partner.id, {}).get("order_count", 0)
            partner.repurchase_rate = (orders - 1) * 100.0 / orders if orders else 0.0

    def action_mark_reviewed(self):
        self.write({"info_review_date": fields.Date.context_today(self)})

    def action_view_return_visits(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "csd_management.action_csd_return_visit"
        )
        action["domain"] = [("partner_id", "=", self.id)]
        action["context"] = {"default_partner_id": self.id}
        return action

    # ------------------------------------------------------------------
    # Confidential customer file: log reads and exports by outsiders
    # ------------------------------------------------------------------
    def _csd_log_confidential_access(self, operation, field_names):
        if self.env.su or not self:
            return
        names = set(field_names or CONFIDENTIAL_FIELDS) & set(CONFIDENTIAL_FIELDS)
        user = self.env.user
        if (
            not names
            or user.has_group("csd_management.group_csd_manager")
            or not user.has_groups(CONFIDENTIAL_GROUP)  # nothing was read
        ):
            return
        # the owning team of a customer: its account manager and the CS managers
        outsiders_read = self.filtered(lambda p: p.account_manager_id != self.env.user)
        if not outsiders_read:
            return
        field_labels = ", ".join(sorted(self._fields[n].string for n in names))
        self.env["csd.customer.access.log"].sudo().create(
            [
                {
                    "partner_id": partner.id,
                    "user_id": self.env.uid,
                    "operation": operation,
                    "field_names": field_labels,
                }
                for partner in outsiders_read
            ]
        )

    def _csd_check_confidential_access(self, field_names):
        """Refuse the confidential file with a message a user understands,
        before the generic field-access error would."""
        if not set(field_names or ()) & set(CONFIDENTIAL_FIELDS) or self.env.su:
            return
        if not self.env.user.has_groups(CONFIDENTIAL_GROUP):
            raise AccessError(
                self.env._(
                    "The credit data of customers is part of the confidential "
                    "customer file: only customer service and the people it "
                    "authorises may read or export it. Ask a customer-service "
                    "manager if you need it."
                )
            )

    def read(self, fields=None, load="_classic_read"):
        self._csd_check_confidential_access(fields)
        result = super().read(fields=fields, load=load)
        self._csd_log_confidential_access("read", fields)
        return result

    def export_data(self, fields_to_export):
        names = [path.split("/")[0] for path in fields_to_export]
        self._csd_check_confidential_access(names)
        result = super().export_data(fields_to_export)
        self._csd_log_confidential_access("export", names)
        return result

    # ------------------------------------------------------------------
    # History figures (hooks: other addons may extend them)
    # ------------------------------------------------------------------
    def _csd_commercial_map(self, partners):
        """{contact id: commercial partner id} for the given partners."""
        return {p.id: p.commercial_partner_id.id for p in partners}

    def _csd_sale_figures(self, date_from):
        """{customer id: {"sales_amount", "order_count", "margin",
        "last_order_date"}} of confirmed orders since date_from, when the
        Sales app is installed."""
        if "sale.order" not in self.env or not self:
            return {}
        SaleOrder = self.env["sale.order"].sudo()
        aggregates = ["amount_untaxed:sum", "__count", "date_order:max"]
        has_margin = "margin" in SaleOrder._fields
        if has_margin:
            aggregates.append("margin:sum")
        groups = SaleOrder._read_group(
            [
                ("partner_id", "child_of", self.ids),
                ("state", "=", "sale"),
                ("date_order", ">=", date_from),
            ],
            ["partner_id"],
            aggregates,
        )
        commercial = self._csd_commercial_map(self.browse([g[0].id for g in groups]))
        result = defaultdict(
            lambda: {
                "sales_amount": 0.0,
                "order_count": 0,
                "margin": 0.0,
                "last_order_date": False,
            }
        )
        for partner, amount, count, last, *margin in groups:
            figures = result[commercial[partner.id]]
            figures["sales_amount"] += amount
            figures["order_count"] += count
            figures["margin"] += margin[0] if has_margin else 0.0
            keep_latest(figures, "last_order_date", last)
        return result

    def _csd_partner_ticket_figures(self, date_from):
        """{customer id: {"complaint_count", "inquiry_count",
        "last_ticket_date"}} of tickets created since date_from.
        csd_complaints may extend it."""
        Ticket = self.env.get("helpdesk.ticket")
        if Ticket is None or "ticket_type" not in Ticket._fields or not self:
            return {}
        groups = Ticket.sudo()._read_group(
            [
                ("partner_id", "child_of", self.ids),
                ("create_date", ">=", date_from),
            ],
            ["partner_id", "ticket_type"],
            ["__count", "create_date:max"],
        )
        commercial = self._csd_commercial_map(self.browse([g[0].id for g in groups]))
        result = defaultdict(
            lambda: {
                "complaint_count": 0,
                "inquiry_count": 0,
                "last_ticket_date": False,
            }
        )
        for partner, ticket_type, count, last in groups:
            figures = result[commercial[partner.id]]
            if ticket_type in ("complaint", "inquiry"):
                figures[f"{ticket_type}_count"] += count
            keep_latest(figures, "last_ticket_date", last)
        return result

    def _csd_survey_figures(self, date_from):
        """{customer id: {"satisfaction", "recommendation", "last_answer_date"}}
        over surveys completed since date_from."""
        UserInput = self.env["survey.user_input"].sudo()
        base = [
            ("customer_id", "in", self.ids),
            ("state", "=", "done"),
            ("end_datetime", ">=", date_from),
        ]
        result = defaultdict(
            lambda: {
                "satisfaction": None,
                "recommendation": None,
                "last_answer_date": False,
            }
        )
        for customer, score, last in UserInput._read_group(
            base + [("has_satisfaction_score", "=", True)],
            ["customer_id"],
            ["satisfaction_score:avg", "end_datetime:max"],
        ):
            result[customer.id]["satisfaction"] = score
            result[customer.id]["last_answer_date"] = last.date()
        for customer, score, last in UserInput._read_group(
            base + [("nps_group", "!=", False)],
            ["customer_id"],
            ["recommendation_score:avg", "end_datetime:max"],
        ):
            result[customer.id]["recommendation"] = score
            keep_latest(result[customer.id], "last_answer_date", last)
        return result

    def _csd_visit_figures(self, date_from):
        """{customer id: date of the last completed return visit since date_from}"""
        groups = (
            self.env["csd.return.visit"]
            .sudo()
            ._read_group(
                [
                    ("partner_id", "in", self.ids),
                    ("state", "=", "done"),
                    ("date_done", ">=", date_from),
                ],
                ["partner_id"],
                ["date_done:max"],
            )
        )
        return {partner.id: last for partner, last in groups}

    # ------------------------------------------------------------------
    # Value score, classes and loyalty
    # ------------------------------------------------------------------
    @api.model
    def _csd_value_settings(self):
        param = self._csd_param
        return {
            "weight_sales": param("value_weight_sales", 1.0),
            "weight_orders": param("value_weight_orders", 2.0),
            "weight_margin": param("value_weight_margin", 3.0),
            "weight_complaint": param("value_weight_complaint", 10.0),
            "weight_inquiry": param("value_weight_inquiry", 2.0),
            "weight_satisfaction": param("value_weight_satisfaction", 40.0),
            "threshold_a": param("value_threshold_a", 80.0),
            "threshold_b": param("value_threshold_b", 40.0),
            "period_days": param("value_period_days", 365),
            "churn_days": param("churn_days", 180),
            "churn_complaints": param("churn_complaints", 3),
        }

    @api.model
    def _csd_value_score(self, settings, sales, tickets, survey):
        """Points: per 10,000 of sales and of margin, per order, per inquiry,
        minus per complaint, plus the satisfaction weight scaled by 0-100 %."""
        score = (
            settings["weight_sales"] * sales.get("sales_amount", 0.0) / 10000.0
            + settings["weight_orders"] * sales.get("order_count", 0)
            + settings["weight_margin"] * sales.get("margin", 0.0) / 10000.0
            + settings["weight_inquiry"] * tickets.get("inquiry_count", 0)
            - settings["weight_complaint"] * tickets.get("complaint_count", 0)
        )
        if survey.get("satisfaction") is not None:
            score += settings["weight_satisfaction"] * survey["satisfaction"] / 100.0
        return round(score, 1)

    @api.model
    def _csd_customer_domain(self):
        return [("parent_id", "=", False), ("user_ids", "=", False)]

    @api.model
    def _cron_reclassify_customers(self):
        """Reassess value class and churn risk of every customer, in batches."""
        ids = (
            self.with_context(active_test=True).search(self._csd_customer_domain()).ids
        )
        for start in range(0, len(ids), RECLASSIFY_BATCH):
            self.browse(ids[start : start + RECLASSIFY_BATCH])._csd_reclassify()

    def _csd_reclassify(self):
        """Compute value score, class and loyalty of the customers in self
        with a fixed number of grouped queries, and write them grouped by
        result (one write per distinct outcome, not per customer)."""
        if not self:
            return
        settings = self._csd_value_settings()
        today = fields.Date.context_today(self)
        value_from = today - timedelta(days=settings["period_days"])
        churn_from = today - timedelta(days=settings["churn_days"])
        sales = self._csd_sale_figures(value_from)
        tickets = self._csd_partner_ticket_figures(value_from)
        surveys = self._csd_survey_figures(value_from)
        recent_tickets = self._csd_partner_ticket_figures(churn_from)
        recent_surveys = self._csd_survey_figures(churn_from)
        recent_visits = self._csd_visit_figures(churn_from)
        recent_sales = self._csd_sale_figures(churn_from)

        scores = {}
        by_class = defaultdict(list)
        by_loyalty = defaultdict(list)
        for partner in self:
            score = self._csd_value_score(
                settings,
                sales.get(partner.id, {}),
                tickets.get(partner.id, {}),
                surveys.get(partner.id, {}),
            )
            scores[partner.id] = score
            if score >= settings["threshold_a"]:
                value_class = "a"
            elif score >= settings["threshold_b"]:
                value_class = "b"
            else:
                value_class = "c"
            if partner.value_class != value_class:
                by_class[value_class].append(partner.id)

            recent = recent_surveys.get(partner.id, {})
            recommendation = recent.get("recommendation")
            group = nps_group(
                round(recommendation) if recommendation is not None else None
            )
            contacted = (
                recent_sales.get(partner.id, {}).get("order_count")
                or recent_tickets.get(partner.id, {}).get("last_ticket_date")
                or recent.get("last_answer_date")
                or recent_visits.get(partner.id)
            )
            loyalty = (
                group,
                bool(partner.customer_stage == "current" and not contacted),
                group == "detractor",
                recent_tickets.get(partner.id, {}).get("complaint_count", 0)
                >= settings["churn_complaints"],
            )
            current = (
                partner.nps_group,
                partner.churn_inactive,
                partner.churn_detractor,
                partner.churn_complaints,
            )
            if loyalty != current:
                by_loyalty[loyalty].append(partner.id)

        # Scores differ per customer: one UPDATE for the whole batch.
        self.flush_recordset(["value_score"])
        self.env.cr.execute(
            """
            UPDATE res_partner p SET value_score = v.score, value_reviewed_date = %s
              FROM (SELECT unnest(%s::int[]) AS id, unnest(%s::numeric[]) AS score) v
             WHERE p.id = v.id
            """,
            [today, list(scores), list(scores.values())],
        )
        self.invalidate_recordset(["value_score", "value_reviewed_date"])

        self._csd_write_classes(by_class, scores, today)

        for (group, inactive, detractor, complaints), partner_ids in by_loyalty.items():
            self.browse(partner_ids).write(
                {
                    "nps_group": group,
                    "churn_inactive": inactive,
                    "churn_detractor": detractor,
                    "churn_complaints": complaints,
                    "churn_risk": inactive or detractor or complaints,
                }
            )

    def _csd_write_classes(self, by_class, scores, today):
        """Write the new classes, one write per class, and log each change in
        the chatter and the class history with batched creates (the standard
        tracking would post one message at a time)."""
        col_info = self.fields_get(
            ["value_class"], attributes=("string", "type", "selection")
        )["value_class"]
        Tracking = self.env["mail.tracking.value"].sudo()
        changed = self.browse([pid for ids in by_class.values() for pid in ids])
        new_class = {pid: c for c, ids in by_class.items() for pid in ids}
        history, tracking = [], []
        for partner in changed:
            history.append(
                {
                    "partner_id": partner.id,
                    "old_class": partner.value_class,
                    "new_class": new_class[partner.id],
                    "value_score": scores[partner.id],
                    "date": today,
                }
            )
            tracking.append(
                Tracking._create_tracking_values(
                    partner.value_class,
                    new_class[partner.id],
                    "value_class",
                    col_info,
                    partner,
                )
            )
        messages = changed._message_log_batch(bodies={})
        for values, message in zip(tracking, messages, strict=True):
            values["mail_message_id"] = message.id
        Tracking.create(tracking)
        for value_class, partner_ids in by_class.items():
            self.browse(partner_ids).with_context(mail_notrack=True).write(
                {"value_class": value_class}
            )
        self.env["csd.customer.class.history"].sudo().create(history)

    def action_reclassify(self):
        self._csd_reclassify()

    # ------------------------------------------------------------------
    # Key accounts: weekly review, care events, win-back
    # ------------------------------------------------------------------
    def _csd_responsible(self):
        self.ensure_one()
        company = self.commercial_partner_id
        return (
            self.account_manager_id
            or company.account_manager_id
            or self.user_id
            or company.user_id
            or self.env.user
        )

    @api.model
    def _csd_plan_activities(
        self, partners, activity_type, summary, date_deadline, note=False
    ):
        """Plan one activity per partner for its responsible, unless an
        identical one is still open. Returns the created activities."""
        if not partners:
            return self.env["mail.activity"]
        Activity = self.env["mail.activity"].sudo()
        model = self.env["ir.model"]._get_id("res.partner")
        existing = Activity.search(
            [
                ("res_model", "=", "res.partner"),
                ("res_id", "in", partners.ids),
                ("activity_type_id", "=", activity_type.id),
                ("summary", "=", summary),
            ]
        )
        done = set(existing.mapped("res_id"))
        return Activity.create(
            [
                {
                    "res_model_id": model,
                    "res_id": partner.id,
                    "activity_type_id": activity_type.id,
                    "summary": summary,
                    "note": note,
                    "date_deadline": date_deadline,
                    "user_id": partner._csd_responsible().id,
                }
                for partner in partners
                if partner.id not in done
            ]
        )

    @api.model
    def _cron_key_account_review(self):
        """Weekly review of each key account's needs, by its account manager."""
        partners = self.search(
            [("is_key_account", "=", True), ("account_manager_id", "!=", False)]
        )
        self._csd_plan_activities(
            partners,
            self.env.ref("csd_management.mail_activity_type_key_account_review"),
            self.env._("Weekly key account review"),
            fields.Date.context_today(self) + timedelta(days=6),
        )

    @api.model
    def _cron_care_events(self):
        """Care on birthdays and configured holidays for key accounts."""
        today = fields.Date.context_today(self)
        care = self.env.ref("csd_management.mail_activity_type_customer_care")
        key_accounts = self.search([("is_key_account", "=", True)])
        for holiday in self.env["csd.care.holiday"].search(
            [("month", "=", str(today.month)), ("day", "=", today.day)]
        ):
            created = self._csd_plan_activities(
                key_accounts, care, holiday.name, today, holiday.note
            )
            self.browse(created.mapped("res_id"))._csd_send_care_message(
                holiday.mail_template_id
            )
        birthdays = self.search(
            [
                ("birthday_day", "=", today.strftime("%m-%d")),
                ("commercial_partner_id.is_key_account", "=", True),
            ]
        )
        created = self._csd_plan_activities(
            birthdays, care, self.env._("Birthday"), today
        )
        template = (
            self.env["mail.template"]
            .browse(self._csd_param("birthday_template_id", 0))
            .exists()
        )
        self.browse(created.mapped("res_id"))._csd_send_care_message(template)

    def _csd_send_care_message(self, template):
        """E-mail each customer the care message and keep it in its chatter."""
        if not template:
            return
        for partner in self.filtered("email"):
            partner.message_post_with_source(
                template,
                message_type="comment",
                subtype_xmlid="mail.mt_comment",
                partner_ids=partner.ids,
            )

    @api.model
    def _csd_notify(self, message):
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {"type": "success", "message": message},
        }

    def action_plan_win_back(self):
        self._csd_plan_activities(
            self,
            self.env.ref("csd_management.mail_activity_type_win_back"),
            self.env._("Win back the customer"),
            fields.Date.context_today(self) + timedelta(days=7),
        )
        return self._csd_notify(
            self.env._("Win-back activities planned for %s customer(s).", len(self))
        )

    def action_send_satisfaction_survey(self):
        survey = self.env.ref("csd_management.survey_customer_satisfaction")
        answers = survey._csd_invite(self)
        return self._csd_notify(
            self.env._("Satisfaction survey sent to %s customer(s).", len(answers))
        )
