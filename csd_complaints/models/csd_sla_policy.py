from odoo import api, fields, models
from odoo.exceptions import ValidationError

from .helpdesk_ticket_sla import PRIORITIES, SEVERITIES, TICKET_TYPES


class CsdSlaPolicy(models.Model):
    _name = "csd.sla.policy"
    _description = "SLA Policy"
    _inherit = ["mail.thread"]
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True, tracking=True)
    active = fields.Boolean(default=True, tracking=True)
    sequence = fields.Integer(
        default=10,
        help="Among equally specific policies, the lower sequence wins.",
    )
    description = fields.Text(translate=True)
    company_id = fields.Many2one(
        "res.company", help="Leave empty to apply the policy in every company."
    )
    # --- conditions: an empty condition matches every ticket ---------------
    team_ids = fields.Many2many("helpdesk.ticket.team", string="Teams")
    ticket_type = fields.Selection(TICKET_TYPES)
    category_ids = fields.Many2many(
        "helpdesk.ticket.category",
        string="Categories",
        help="Tickets of these categories or of their sub-categories.",
    )
    priority = fields.Selection(PRIORITIES)
    severity = fields.Selection(SEVERITIES)
    customer_tier = fields.Selection(
        [("key_account", "Key accounts"), ("other", "Other customers")],
        help="Key accounts (大客户) are customers marked as such.",
    )
    value_class = fields.Selection(
        [("a", "A"), ("b", "B"), ("c", "C")],
        string="Customer Value Class",
    )
    channel_ids = fields.Many2many("helpdesk.ticket.channel", string="Channels")
    # --- how time counts ---------------------------------------------------
    resource_calendar_id = fields.Many2one(
        "resource.calendar",
        string="Working Hours",
        help="Calendar the targets count on. Empty: the team's, else the "
        "company's, else every hour of every day (7x24).",
    )
    pause_stage_ids = fields.Many2many(
        "helpdesk.ticket.stage",
        string="Pause Stages",
        help="While a ticket is in one of these stages (waiting for the "
        "customer, for the manufacturer...) the clock stops.",
    )
    warning_percent = fields.Float(
        string="Warning at (%)",
        default=80.0,
        help="Warn the assignee once this share of a target's time is used.",
    )
    target_ids = fields.One2many("csd.sla.target", "policy_id", string="Targets")
    escalation_step_ids = fields.One2many(
        "csd.sla.escalation.step", "policy_id", string="Escalation Ladder"
    )
    specificity = fields.Integer(
        compute="_compute_specificity",
        help="Number of conditions set: the most specific matching policy wins.",
    )
    condition_summary = fields.Char(string="Conditions", compute="_compute_specificity")

    _CONDITIONS = (
        "company_id",
        "team_ids",
        "ticket_type",
        "category_ids",
        "priority",
        "severity",
        "customer_tier",
        "value_class",
        "channel_ids",
    )

    @api.constrains("warning_percent")
    def _check_warning_percent(self):
        for policy in self:
            if not 0 < policy.warning_percent < 100:
                raise ValidationError(
                    self.env._("The warning share must be between 0 and 100 %.")
                )

    @api.depends(*_CONDITIONS)
    def _compute_specificity(self):
        for policy in self:
            parts = []
            for fname in self._CONDITIONS:
                value = policy[fname]
                if not value:
                    continue
                field = policy._fields[fname]
                if field.type == "selection":
                    label = dict(field._description_selection(self.env))[value]
                else:
                    label = ", ".join(value.mapped("display_name"))
                parts.append(f"{field._description_string(self.env)}: {label}")
            policy.specificity = len(parts)
            policy.condition_summary = "; ".join(parts) or self.env._("All tickets")

    def action_apply_to_open_tickets(self):
        """Re-match every open ticket after the rules changed."""
        count = self.env["helpdesk.ticket"]._csd_sla_rematch_open()
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "type": "success",
                "message": self.env._("%s open tickets re-matched.", count),
            },
        }

    def _matcher(self):
        """A plain-Python view of the active policies, read once per batch."""
        policies = self.search([("active", "=", True)], order="sequence, id")
        rules = []
        for policy in policies:
            categories = (
                set(
                    self.env["helpdesk.ticket.category"]
                    .with_context(active_test=False)
                    .search([("id", "child_of", policy.category_ids.ids)])
                    .ids
                )
                if policy.category_ids
                else None
            )
            rules.append(
                {
                    "policy": policy,
                    "key": (-policy.specificity, policy.sequence, policy.id),
                    "company": policy.company_id.id,
                    "teams": set(policy.team_ids.ids) or None,
                    "type": policy.ticket_type,
                    "categories": categories,
                    "priority": policy.priority,
                    "severity": policy.severity,
                    "tier": policy.customer_tier,
                    "value_class": policy.value_class,
                    "channels": set(policy.channel_ids.ids) or None,
                }
            )
        rules.sort(key=lambda r: r["key"])
        return rules

    @api.model
    def _match(self, rules, facts):
        """The first (most specific) rule whose conditions the ticket meets,
        and how many policies matched."""
        found, count = None, 0
        for rule in rules:
            if rule["company"] and rule["company"] != facts["company"]:
                continue
            if rule["teams"] is not None and facts["team"] not in rule["teams"]:
                continue
            if rule["type"] and rule["type"] != facts["type"]:
                continue
            if (
                rule["categories"] is not None
                and facts["category"] not in rule["categories"]
            ):
                continue
            if rule["priority"] and rule["priority"] != facts["priority"]:
                continue
            if rule["severity"] and rule["severity"] != facts["severity"]:
                continue
            if rule["tier"] and rule["tier"] != facts["tier"]:
                continue
            if rule["value_class"] and rule["value_class"] != facts["value_class"]:
                continue
            if (
                rule["channels"] is not None
                and facts["channel"] not in rule["channels"]
            ):
                continue
            found = found or rule
            count += 1
        return found, count
