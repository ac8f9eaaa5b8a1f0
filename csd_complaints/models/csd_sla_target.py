from odoo import api, fields, models
from odoo.exceptions import ValidationError

TARGET_KINDS = [
    ("first_response", "First Response"),
    ("next_response", "Next Response"),
    ("resolution", "Resolution"),
]


class CsdSlaTarget(models.Model):
    _name = "csd.sla.target"
    _description = "SLA Target"
    _order = "policy_id, kind"
    _rec_name = "kind"

    policy_id = fields.Many2one(
        "csd.sla.policy", required=True, ondelete="cascade", index=True
    )
    kind = fields.Selection(
        TARGET_KINDS,
        string="Target",
        required=True,
        help="First response: the first reply the customer can see (an internal "
        "note does not count). Next response: each reply after a customer "
        "message. Resolution: the ticket reaches a closed stage.",
    )
    hours = fields.Integer(help="Working hours allowed.")
    minutes = fields.Integer(help="Working minutes allowed, added to the hours.")
    same_day = fields.Boolean(
        string="By End of Working Day",
        help="Due at the end of the working day it starts in "
        "(handbook: answered the same day, 不得拖延过当日). "
        "Hours and minutes are then ignored.",
    )

    _sql_constraints = [
        (
            "kind_uniq",
            "unique(policy_id, kind)",
            "A policy has one target of each kind.",
        )
    ]

    @api.constrains("hours", "minutes", "same_day")
    def _check_duration(self):
        for target in self:
            if target.hours < 0 or not 0 <= target.minutes < 60:
                raise ValidationError(
                    self.env._("Hours must be positive and minutes between 0 and 59.")
                )
            if not target.same_day and not (target.hours or target.minutes):
                raise ValidationError(
                    self.env._(
                        "Give the target a duration or make it due by the end "
                        "of the working day."
                    )
                )

    @api.depends("kind", "hours", "minutes", "same_day")
    def _compute_display_name(self):
        kinds = dict(TARGET_KINDS)
        for target in self:
            if target.same_day:
                duration = self.env._("same working day")
            else:
                duration = f"{target.hours}h{target.minutes:02d}"
            target.display_name = f"{kinds.get(target.kind, '')} ({duration})"
