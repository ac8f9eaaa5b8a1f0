from collections import defaultdict
from datetime import timedelta

from odoo import api, fields, models
from odoo.tools import SQL

from ..tools import SlaClock
from .csd_ticket_sla import OPEN_STATES, SLA_STATES


def _ticket_selection(fname):
    def selection(self):
        field = self.env["helpdesk.ticket"]._fields[fname]
        return field._description_selection(self.env)

    return selection


TICKET_TYPES = _ticket_selection("ticket_type")
PRIORITIES = _ticket_selection("priority")
SEVERITIES = _ticket_selection("severity")

# what the policy match reads: a change re-matches the ticket
MATCH_FIELDS = {
    "team_id",
    "ticket_type",
    "category_id",
    "priority",
    "severity",
    "partner_id",
    "commercial_partner_id",
    "channel_id",
    "company_id",
}
# worst first: the ticket shows the state that needs attention
STATE_RANK = {"breached": 0, "warning": 1, "running": 2, "paused": 3, "met": 4}


# Issue 5 owns helpdesk_ticket.py; the SLA part lives apart to keep merges easy.
class HelpdeskTicket(models.Model):
    _inherit = "helpdesk.ticket"  # pylint: disable=consider-merging-classes-inherited

    sla_policy_id = fields.Many2one(
        "csd.sla.policy",
        string="SLA Policy",
        readonly=True,
        tracking=True,
        index=True,
        copy=False,
    )
    sla_policy_reason = fields.Char(string="Why this Policy", readonly=True, copy=False)
    sla_line_ids = fields.One2many(
        "csd.ticket.sla", "ticket_id", string="SLA Targets", copy=False
    )
    sla_state = fields.Selection(
        SLA_STATES,
        string="SLA Status",
        compute="_compute_sla_status",
        search="_search_sla_state",
    )
    sla_deadline = fields.Datetime(
        string="Next SLA Deadline", compute="_compute_sla_status"
    )
    first_response_date = fields.Datetime(
        readonly=True,
        copy=False,
        help="First reply the customer could see, posted by an internal user.",
    )

    # --- status -----------------------------------------------------------
    @api.depends("sla_line_ids.state", "sla_line_ids.deadline")
    def _compute_sla_status(self):
        for ticket in self:
            lines = ticket.sla_line_ids
            ticket.sla_state = (
                min(lines.mapped("state"), key=STATE_RANK.get) if lines else False
            )
            open_deadlines = [
                line.deadline
                for line in lines
                if line.state in OPEN_STATES and line.deadline
            ]
            ticket.sla_deadline = min(open_deadlines, default=False)

    def _search_sla_state(self, operator, value):
        if operator not in ("=", "in"):
            return [("sla_line_ids.state", operator, value)]
        values = [value] if operator == "=" else list(value)
        # a ticket's status is its worst target: exclude tickets with worse ones
        worse = {s for v in values for s, r in STATE_RANK.items() if r < STATE_RANK[v]}
        return [
            ("sla_line_ids", "any", [("state", "in", values)]),
            ("sla_line_ids", "not any", [("state", "in", list(worse - set(values)))]),
        ]

    # --- hooks --------------------------------------------------------------
    @api.model_create_multi
    def create(self, vals_list):
        # what is posted while tickets are created (an acknowledgement sent
        # from a template) is automatic, not an agent's response
        tickets = super(
            HelpdeskTicket, self.with_context(csd_sla_creating=True)
        ).create(vals_list)
        tickets = tickets.with_env(self.env)
        tickets._csd_sla_match(tracking=False)
        return tickets

    def write(self, vals):
        res = super().write(vals)
        if MATCH_FIELDS & vals.keys() and not self.env.context.get("csd_sla_writing"):
            self._csd_sla_match()
        if "stage_id" in vals:
            self._csd_sla_stage_changed()
        return res

    def _message_post_after_hook(self, message, msg_values):
        res = super()._message_post_after_hook(message, msg_values)
        comment = self.env["ir.model.data"]._xmlid_to_res_id("mail.mt_comment")
        if (
            message.message_type in ("comment", "email")
            and message.subtype_id.id == comment
            and not self.env.context.get("csd_sla_creating")
        ):
            self._csd_sla_on_message(message)
        return res

    @api.model
    def _csd_sla_rematch_open(self, batch_size=2000):
        tickets = self.search([("stage_id.closed", "=", False)], order="id")
        for start in range(0, len(tickets), batch_size):
            tickets[start : start + batch_size]._csd_sla_match()
        return len(tickets)

    # --- engine ---------------------------------------------------------------
    def _csd_sla_calendar(self, policy):
        return (
            policy.resource_calendar_id
            or self.team_id.resource_calendar_id
            or self.company_id.resource_calendar_id
        )

    def _csd_sla_facts(self):
        partner = self.commercial_partner_id
        return {
            "company": self.company_id.id,
            "team": self.team_id.id,
            "type": self.ticket_type,
            "category": self.category_id.id,
            "priority": self.priority,
            "severity": self.severity,
            "tier": (
                ("key_account" if partner.is_key_account else "other")
                if partner
                else False
            ),
            "value_class": partner.value_class,
            "channel": self.channel_id.id,
        }

    def _csd_sla_match(self, tracking=True):
        """Pick each ticket's policy (in memory, for the whole batch) and
        (re)plan its open targets."""
        if not self:
            return
        Policy = self.env["csd.sla.policy"].sudo()
        rules = Policy._matcher()
        groups = defaultdict(list)
        for ticket in self:
            rule, count = Policy._match(rules, ticket._csd_sla_facts())
            policy = rule["policy"] if rule else Policy
            reason = False
            if rule:
                reason = self.env._(
                    "%(conditions)s (most specific of %(count)s matching policies)",
                    conditions=policy.condition_summary,
                    count=count,
                )
            if ticket.sla_policy_id != policy or ticket.sla_policy_reason != reason:
                groups[policy, reason].append(ticket.id)
        ctx = {"csd_sla_writing": True}
        if not tracking:
            ctx["tracking_disable"] = True
        for (policy, reason), ids in groups.items():
            self.browse(ids).sudo().with_context(**ctx).write(
                {"sla_policy_id": policy.id, "sla_policy_reason": reason}
            )
        self._csd_sla_plan()

    def _csd_sla_plan(self):
        """Create missing first-response / resolution targets and replan the
        open ones after a policy or calendar change."""
        now = fields.Datetime.now()
        Line = self.env["csd.ticket.sla"].sudo()
        clocks = {}
        existing = Line.search([("ticket_id", "in", self.ids)])
        by_ticket = defaultdict(lambda: Line)
        for line in existing:
            by_ticket[line.ticket_id.id] |= line
        to_create, updates, to_drop = [], [], Line
        for ticket in self:
            policy = ticket.sla_policy_id.sudo()
            lines = by_ticket[ticket.id]
            targets = {t.kind: t for t in policy.target_ids}
            open_lines = lines.filtered(lambda rec: rec.state in OPEN_STATES)
            to_drop |= open_lines.filtered(lambda rec, ts=targets: rec.kind not in ts)
            if not policy:
                continue
            calendar = ticket._csd_sla_calendar(policy)
            clock = clocks.get(calendar) or clocks.setdefault(
                calendar, SlaClock(calendar)
            )
            share = policy.warning_percent / 100.0
            for kind, target in targets.items():
                kind_lines = lines.filtered(lambda rec, k=kind: rec.kind == k)
                for line in kind_lines & open_lines:
                    seconds = _target_seconds(clock, target, line.start_date)
                    deadline = clock.plan(
                        line.start_date, seconds + line.paused_seconds
                    )
                    warning = clock.plan(
                        line.start_date, seconds * share + line.paused_seconds
                    )
                    state = line.state
                    if state != "paused":
                        warned = line.warning_sent and warning <= now
                        state = "warning" if warned else "running"
                    updates.append(
                        (line.id, policy.id, target.id, calendar.id or None)
                        + (seconds, deadline, warning, state)
                    )
                if kind_lines or kind == "next_response":
                    continue
                start = ticket.create_date
                seconds = _target_seconds(clock, target, start)
                vals = {
                    "ticket_id": ticket.id,
                    "policy_id": policy.id,
                    "target_id": target.id,
                    "kind": kind,
                    "calendar_id": calendar.id,
                    "start_date": start,
                    "target_seconds": seconds,
                    "deadline": clock.plan(start, seconds),
                    "warning_date": clock.plan(start, seconds * share),
                }
                in_pause = ticket.stage_id in policy.pause_stage_ids
                vals.update(
                    state="paused" if in_pause else "running",
                    paused_since=now if in_pause else False,
                    team_id=ticket.team_id.id,
                    user_id=ticket.user_id.id,
                    ticket_type=ticket.ticket_type,
                    company_id=ticket.company_id.id,
                )
                to_create.append(vals)
        to_drop.unlink()
        if updates:
            Line._bulk_update(
                [
                    ("policy_id", "int"),
                    ("target_id", "int"),
                    ("calendar_id", "int"),
                    ("target_seconds", "int"),
                    ("deadline", "timestamp"),
                    ("warning_date", "timestamp"),
                    ("state", "varchar"),
                ],
                updates,
            )
        if to_create:
            Line._bulk_create(to_create)
        if to_create or updates or to_drop:
            self.invalidate_recordset(["sla_line_ids"])
        ticket_closed = self.sudo().filtered("stage_id.closed")
        if ticket_closed:
            ticket_closed._csd_sla_reach(ticket_closed.sla_line_ids, now)

    def _csd_sla_stage_changed(self):
        now = fields.Datetime.now()
        # closing from the portal or by a specialist: the clock is not theirs to read
        lines = self.sudo().sla_line_ids.filtered(lambda rec: rec.state in OPEN_STATES)
        if not lines:
            return
        closed = lines.filtered(lambda rec: rec.ticket_id.stage_id.closed)
        if closed:
            self._csd_sla_reach(closed, now)
        lines -= closed
        in_pause = lines.filtered(
            lambda rec: rec.ticket_id.stage_id in rec.policy_id.pause_stage_ids
        )
        to_pause = in_pause.filtered(lambda rec: rec.state != "paused")
        if to_pause:
            to_pause.write({"state": "paused", "paused_since": now})
        to_resume = (lines - in_pause).filtered(lambda rec: rec.state == "paused")
        if to_resume:
            self._csd_sla_resume(to_resume, now)

    @api.model
    def _csd_sla_resume(self, lines, now):
        """Continue from the time left: the working time spent paused is added
        to the target, so deadline = resume time + time left at the pause."""
        clocks = lines._clocks()
        updates = []
        for line in lines:
            clock = clocks[line.calendar_id]
            paused = line.paused_seconds + int(clock.worked(line.paused_since, now))
            share = line.policy_id.warning_percent / 100.0
            deadline = clock.plan(line.start_date, line.target_seconds + paused)
            warning = clock.plan(line.start_date, line.target_seconds * share + paused)
            warned = line.warning_sent and warning <= now
            state = "warning" if warned else "running"
            updates.append((line.id, paused, deadline, warning, state, None))
        lines._bulk_update(
            [
                ("paused_seconds", "int"),
                ("deadline", "timestamp"),
                ("warning_date", "timestamp"),
                ("state", "varchar"),
                ("paused_since", "timestamp"),
            ],
            updates,
        )

    @api.model
    def _csd_sla_reach(self, lines, when):
        """Targets reached at `when`: met if on time, else breached."""
        lines = lines.filtered(lambda rec: rec.state in OPEN_STATES)
        if not lines:
            return
        lines.flush_recordset()
        self.env.cr.execute(
            SQL(
                """UPDATE csd_ticket_sla SET
                       met_count = CASE WHEN coalesce(paused_since, %(when)s)
                           <= deadline THEN 1 ELSE 0 END,
                       done_date = %(when)s,
                       paused_since = NULL,
                       elapsed_hours = extract(epoch FROM %(when)s - start_date)
                           / 3600.0,
                       write_date = now() at time zone 'UTC'
                   WHERE id IN %(ids)s""",
                when=when,
                ids=tuple(lines.ids),
            )
        )
        self.env.cr.execute(
            SQL(
                """UPDATE csd_ticket_sla SET
                       state = CASE WHEN met_count = 1 THEN 'met'
                           ELSE 'breached' END,
                       breached_count = 1 - met_count,
                       compliance = 100.0 * met_count
                   WHERE id IN %(ids)s""",
                ids=tuple(lines.ids),
            )
        )
        lines.invalidate_recordset()

    def _csd_sla_on_message(self, message):
        author_users = message.author_id.sudo().user_ids
        internal = any(not user.share for user in author_users)
        Line = self.env["csd.ticket.sla"].sudo()
        for ticket in self.sudo():
            responses = ticket.sla_line_ids.filtered(
                lambda rec: rec.kind in ("first_response", "next_response")
            )
            open_responses = responses.filtered(lambda rec: rec.state in OPEN_STATES)
            if internal:
                if not ticket.first_response_date:
                    ticket.with_context(csd_sla_writing=True).write(
                        {"first_response_date": message.date}
                    )
                self._csd_sla_reach(open_responses, message.date)
                continue
            policy = ticket.sla_policy_id.sudo()
            target = policy.target_ids.filtered(lambda rec: rec.kind == "next_response")
            if (
                open_responses
                or not target
                or not ticket.first_response_date
                or ticket.stage_id.closed
            ):
                continue
            calendar = ticket._csd_sla_calendar(policy)
            clock = SlaClock(calendar)
            start = message.date
            seconds = _target_seconds(clock, target, start)
            in_pause = ticket.stage_id in policy.pause_stage_ids
            Line.create(
                {
                    "ticket_id": ticket.id,
                    "policy_id": policy.id,
                    "target_id": target.id,
                    "kind": "next_response",
                    "calendar_id": calendar.id,
                    "start_date": start,
                    "target_seconds": seconds,
                    "deadline": clock.plan(start, seconds),
                    "warning_date": clock.plan(
                        start, seconds * policy.warning_percent / 100.0
                    ),
                    "state": "paused" if in_pause else "running",
                    "paused_since": start if in_pause else False,
                }
            )

    # --- figures for the KPI addon ------------------------------------------
    @api.model
    def _csd_sla_figures(self, date_from, date_to, user_ids):
        """Per agent, over tickets assigned to them and created in
        [date_from, date_to]: average hours to the first reply the customer
        could see, and SLA targets met and breached."""
        result = {
            uid: {"first_response_hours": None, "sla_met": 0, "sla_breached": 0}
            for uid in user_ids
        }
        if not user_ids:
            return result
        self.env["helpdesk.ticket"].flush_model(["user_id", "first_response_date"])
        self.env["csd.ticket.sla"].flush_model(["state", "ticket_id"])
        self.env.cr.execute(
            SQL(
                """WITH tickets AS (
                       SELECT id, user_id, create_date, first_response_date
                         FROM helpdesk_ticket
                        WHERE user_id IN %(users)s AND create_date >= %(start)s
                          AND create_date < %(stop)s),
                   response AS (
                       SELECT user_id, avg(extract(epoch FROM
                                  first_response_date - create_date) / 3600.0) AS h
                         FROM tickets WHERE first_response_date IS NOT NULL
                        GROUP BY user_id),
                   sla AS (
                       SELECT t.user_id,
                              count(*) FILTER (WHERE l.state = 'met') AS met,
                              count(*) FILTER (WHERE l.state = 'breached') AS late
                         FROM csd_ticket_sla l JOIN tickets t ON t.id = l.ticket_id
                        GROUP BY t.user_id)
                   SELECT u.user_id, response.h, sla.met, sla.late
                     FROM (SELECT DISTINCT user_id FROM tickets) u
                     LEFT JOIN response ON response.user_id = u.user_id
                     LEFT JOIN sla ON sla.user_id = u.user_id""",
                users=tuple(user_ids),
                start=fields.Datetime.to_datetime(date_from),
                stop=fields.Datetime.to_datetime(date_to) + timedelta(days=1),
            )
        )
        for user_id, hours, met, late in self.env.cr.fetchall():
            result[user_id] = {
                "first_response_hours": round(hours, 2) if hours is not None else None,
                "sla_met": met or 0,
                "sla_breached": late or 0,
            }
        return result


def _target_seconds(clock, target, start):
    if target.same_day:
        return int(clock.worked(start, clock.end_of_day(start)))
    return target.hours * 3600 + target.minutes * 60
