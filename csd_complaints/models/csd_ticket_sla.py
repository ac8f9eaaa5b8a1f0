from collections import defaultdict

from markupsafe import Markup

from odoo import api, fields, models
from odoo.tools import SQL

from .csd_sla_target import TARGET_KINDS

SLA_STATES = [
    ("running", "Running"),
    ("paused", "Paused"),
    ("warning", "Warning"),
    ("met", "Met"),
    ("breached", "Breached"),
]
OPEN_STATES = ("running", "paused", "warning")


class CsdTicketSla(models.Model):
    """One target of one ticket: its clock, deadline and state."""

    _name = "csd.ticket.sla"
    _description = "Ticket SLA Target"
    _order = "deadline, id"
    _rec_name = "kind"

    ticket_id = fields.Many2one(
        "helpdesk.ticket", required=True, ondelete="cascade", index=True
    )
    policy_id = fields.Many2one(
        "csd.sla.policy", required=True, ondelete="restrict", index=True
    )
    target_id = fields.Many2one(
        "csd.sla.target", string="Policy Target", ondelete="set null"
    )
    kind = fields.Selection(TARGET_KINDS, string="Target", required=True, index=True)
    calendar_id = fields.Many2one(
        "resource.calendar",
        string="Working Hours",
        help="Calendar the clock counts on; empty: 7x24.",
    )
    start_date = fields.Datetime(string="Started", required=True)
    target_seconds = fields.Integer(help="Working seconds allowed (0: same day).")
    paused_seconds = fields.Integer(
        help="Working seconds spent in pause stages; they push the deadline."
    )
    paused_since = fields.Datetime()
    deadline = fields.Datetime(index=True)
    warning_date = fields.Datetime(index=True)
    warning_sent = fields.Boolean(copy=False)
    done_date = fields.Datetime(string="Reached")
    state = fields.Selection(SLA_STATES, required=True, default="running", index=True)
    compliance = fields.Float(
        string="Compliance (%)",
        aggregator="avg",
        help="100 when the target was met, 0 when breached; averaged in reports.",
    )
    met_count = fields.Integer(string="Met", aggregator="sum")
    breached_count = fields.Integer(string="Breached", aggregator="sum")
    elapsed_hours = fields.Float(
        string="Hours to Reach",
        aggregator="avg",
        help="Clock hours from the start to the reply or resolution.",
    )
    escalation_ids = fields.One2many(
        "csd.ticket.sla.escalation", "line_id", string="Escalations Done"
    )
    time_left = fields.Char(compute="_compute_time_left", help="Working time.")
    # for reports
    team_id = fields.Many2one(related="ticket_id.team_id", store=True)
    user_id = fields.Many2one(
        related="ticket_id.user_id", string="Assigned to", store=True
    )
    ticket_type = fields.Selection(related="ticket_id.ticket_type", store=True)
    company_id = fields.Many2one(related="ticket_id.company_id", store=True)

    def _clocks(self):
        from ..tools import SlaClock

        return {cal: SlaClock(cal) for cal in self.mapped("calendar_id")} | {
            self.env["resource.calendar"]: SlaClock()
        }

    @api.depends("deadline", "state", "paused_since", "paused_seconds")
    def _compute_time_left(self):
        now = fields.Datetime.now()
        clocks = self._clocks()
        for line in self:
            if not line.deadline or line.state in ("met",):
                line.time_left = False
                continue
            clock = clocks[line.calendar_id]
            ref = line.paused_since if line.state == "paused" else now
            end = line.done_date or ref
            seconds = clock.worked(end, line.deadline)
            text = _duration(abs(seconds))
            line.time_left = text if seconds >= 0 else self.env._("late by %s", text)

    def _bulk_update(self, columns, rows):
        """Write a different value to each of many lines in one query per
        thousands of lines. columns: [(field name, SQL type)]; rows: [(id, ...)]."""
        self.flush_model()
        names = [name for name, _type in columns]
        row_sql = "(%s, " + ", ".join(f"%s::{kind}" for _n, kind in columns) + ")"
        for start in range(0, len(rows), 5000):
            values = SQL(", ").join(
                SQL(row_sql, *row) for row in rows[start : start + 5000]
            )
            self.env.cr.execute(
                SQL(
                    "UPDATE csd_ticket_sla l SET %s, write_uid = %s,"
                    " write_date = now() at time zone 'UTC'"
                    " FROM (VALUES %s) AS v(id, %s) WHERE l.id = v.id",
                    SQL(", ").join(
                        SQL("%s = v.%s", SQL.identifier(n), SQL.identifier(n))
                        for n in names
                    ),
                    self.env.uid,
                    values,
                    SQL(", ").join(SQL.identifier(n) for n in names),
                )
            )
        self.invalidate_model(names)

    _INSERT_COLUMNS = (
        ("ticket_id", "int"),
        ("policy_id", "int"),
        ("target_id", "int"),
        ("kind", "varchar"),
        ("calendar_id", "int"),
        ("start_date", "timestamp"),
        ("target_seconds", "int"),
        ("deadline", "timestamp"),
        ("warning_date", "timestamp"),
        ("state", "varchar"),
        ("paused_since", "timestamp"),
        ("team_id", "int"),
        ("user_id", "int"),
        ("ticket_type", "varchar"),
        ("company_id", "int"),
    )

    @api.model
    def _bulk_create(self, vals_list):
        """Insert targets of thousands of new tickets in a few queries: they
        hold no translated, computed or x2many values; the caller gives the
        ticket's reporting fields (team, assignee, type, company)."""
        names = [name for name, _type in self._INSERT_COLUMNS]
        row_sql = ", ".join(f"%s::{kind}" for _n, kind in self._INSERT_COLUMNS)
        row_sql = f"({row_sql}, %s, %s, %s, %s)"
        now, uid = self.env.cr.now(), self.env.uid
        for start in range(0, len(vals_list), 5000):
            rows = SQL(", ").join(
                SQL(
                    row_sql,
                    *(vals.get(name) or None for name in names),
                    uid,
                    now,
                    uid,
                    now,
                )
                for vals in vals_list[start : start + 5000]
            )
            self.env.cr.execute(
                SQL(
                    """INSERT INTO csd_ticket_sla (%s, create_uid, create_date,
                           write_uid, write_date) VALUES %s""",
                    SQL(", ").join(SQL.identifier(n) for n in names),
                    rows,
                )
            )

    # --- the scheduled sweep ----------------------------------------------
    @api.model
    def _cron_sweep(self, batch_size=1000, max_batches=None):
        """Warn, breach and escalate, a batch at a time. Every change of state
        is written in the same transaction as its messages, and each batch is
        committed when run by the scheduler: an interrupted run leaves nothing
        half-done, and a rerun continues where it stopped."""
        commit = bool(self.env.context.get("ir_cron_progress_id"))
        now = fields.Datetime.now()
        done = 0
        for step in (
            self._sweep_warnings,
            self._sweep_breaches,
            self._sweep_escalations,
        ):
            while max_batches is None or done < max_batches:
                if not step(now, batch_size):
                    break
                done += 1
                if commit:
                    self.env.cr.commit()  # pylint: disable=invalid-commit
        return done

    def _sweep_select(self, query, batch_size):
        self.flush_model()
        self.env.cr.execute(
            SQL("%s LIMIT %s FOR UPDATE SKIP LOCKED", query, batch_size)
        )
        return self.browse([row[0] for row in self.env.cr.fetchall()])

    def _sweep_warnings(self, now, batch_size):
        lines = self._sweep_select(
            SQL(
                """SELECT id FROM csd_ticket_sla WHERE state = 'running'
                   AND NOT coalesce(warning_sent, false)
                   AND warning_date <= %s AND deadline > %s ORDER BY id""",
                now,
                now,
            ),
            batch_size,
        )
        if lines:
            lines._log_on_tickets(
                lambda line: self.env._(
                    "SLA warning: %(target)s is due %(deadline)s (%(left)s left).",
                    target=line.target_id.display_name or line.kind,
                    deadline=line._format_deadline(),
                    left=line.time_left,
                )
            )
            lines.write({"state": "warning", "warning_sent": True})
        return lines

    def _sweep_breaches(self, now, batch_size):
        lines = self._sweep_select(
            SQL(
                """SELECT id FROM csd_ticket_sla WHERE state IN ('running', 'warning')
                   AND deadline <= %s ORDER BY id""",
                now,
            ),
            batch_size,
        )
        if lines:
            lines._log_on_tickets(
                lambda line: self.env._(
                    "SLA breached: %(target)s was due %(deadline)s.",
                    target=line.target_id.display_name or line.kind,
                    deadline=line._format_deadline(),
                )
            )
            lines.write({"state": "breached", "breached_count": 1, "compliance": 0})
        return lines

    def _sweep_escalations(self, now, batch_size):
        """Ladder steps due on open breached targets, not yet done."""
        self.flush_model()
        self.env["csd.ticket.sla.escalation"].flush_model()
        self.env.cr.execute(
            SQL(
                """SELECT l.id, s.id FROM csd_ticket_sla l
                     JOIN csd_sla_escalation_step s ON s.policy_id = l.policy_id
                     LEFT JOIN csd_ticket_sla_escalation m
                            ON m.line_id = l.id AND m.step_id = s.id
                    WHERE l.state = 'breached' AND l.done_date IS NULL
                      AND m.id IS NULL
                      AND l.deadline + make_interval(secs => coalesce(
                              s.delay_hours, 0) * 3600) <= %s
                    ORDER BY l.id, s.delay_hours, s.sequence, s.id
                    LIMIT %s FOR UPDATE OF l SKIP LOCKED""",
                now,
                batch_size,
            )
        )
        pairs = self.env.cr.fetchall()
        if not pairs:
            return False
        Step = self.env["csd.sla.escalation.step"]
        activity_type = self.env.ref("mail.mail_activity_data_todo")
        model_id = self.env["ir.model"]._get_id("helpdesk.ticket")
        markers, activities, bodies = [], [], defaultdict(list)
        lines = {line.id: line for line in self.browse([p[0] for p in pairs])}
        steps = {step.id: step for step in Step.browse([p[1] for p in pairs])}
        for line_id, step_id in pairs:
            line, step = lines[line_id], steps[step_id]
            ticket = line.ticket_id
            user = line._escalation_user(step)
            markers.append({"line_id": line.id, "step_id": step.id, "user_id": user.id})
            target = line.target_id.display_name or line.kind
            summary = self.env._("SLA breached: %(target)s", target=target)
            if user:
                activities.append(
                    {
                        "res_model_id": model_id,
                        "res_id": ticket.id,
                        "activity_type_id": activity_type.id,
                        "user_id": user.id,
                        "summary": summary,
                        "note": step.note or False,
                        "date_deadline": fields.Date.context_today(self),
                    }
                )
            bodies[ticket.id].append(
                self.env._(
                    "SLA escalation: %(target)s, breached since %(deadline)s, "
                    "escalated to %(user)s.",
                    target=target,
                    deadline=line._format_deadline(),
                    user=user.name or self.env._("nobody (no one to notify)"),
                )
            )
        self.env["csd.ticket.sla.escalation"].create(markers)
        # the activity itself shows in the user's activity menu; no e-mail per
        # breach. Creating subscribes each user to the ticket: one activity per
        # ticket and user in each create, or the follower insert collides.
        rounds = []
        for vals in activities:
            key = (vals["res_id"], vals["user_id"])
            free = next((r for r in rounds if key not in r), None)
            if free is None:
                free = {}
                rounds.append(free)
            free[key] = vals
        Activity = self.env["mail.activity"].sudo()
        for batch in rounds:
            Activity.with_context(mail_activity_quick_update=True).create(
                list(batch.values())
            )
        self._log_bodies(bodies)
        return True

    def _escalation_user(self, step):
        ticket = self.ticket_id
        if step.notify == "assignee":
            return ticket.user_id
        if step.notify == "team_leader":
            return ticket.team_id.user_id
        if step.notify == "user":
            return step.user_id
        employee = ticket.user_id.employee_ids[:1]
        department = employee.department_id or self.env.ref(
            "csd_management.dep_customer_service", raise_if_not_found=False
        )
        return department.manager_id.user_id if department else self.env["res.users"]

    def _format_deadline(self):
        return fields.Datetime.to_string(
            fields.Datetime.context_timestamp(self, self.deadline)
        )[:16]

    def _log_on_tickets(self, body_of):
        bodies = defaultdict(list)
        for line in self:
            bodies[line.ticket_id.id].append(body_of(line))
        self._log_bodies(bodies)

    def _log_bodies(self, bodies):
        """One chatter message per ticket, created in a single batch."""
        tickets = self.env["helpdesk.ticket"].browse(list(bodies))
        tickets._message_log_batch(
            {
                tid: Markup("<br/>").join(Markup("%s") % text for text in texts)
                for tid, texts in bodies.items()
            }
        )


def _duration(seconds):
    minutes = int(seconds // 60)
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    if days:
        return f"{days}d {hours}h {minutes:02d}m"
    return f"{hours}h {minutes:02d}m"
