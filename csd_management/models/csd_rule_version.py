from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class CsdRuleVersion(models.Model):
    _name = "csd.rule.version"
    _description = "Rule Version"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "document_id, version_number desc"
    _rec_names_search = ["document_id"]

    document_id = fields.Many2one(
        "csd.rule.document", required=True, index=True, ondelete="cascade"
    )
    chapter_id = fields.Many2one(related="document_id.chapter_id", store=True)
    kind = fields.Selection(related="document_id.kind", store=True)
    version_number = fields.Integer(string="Version", readonly=True, copy=False)
    content = fields.Html()
    change_summary = fields.Char(string="What Changed")
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("review", "Under Review"),
            ("in_force", "In Force"),
            ("superseded", "Superseded"),
        ],
        default="draft",
        required=True,
        readonly=True,
        copy=False,
        tracking=True,
        index=True,
    )
    date_in_force = fields.Date(string="In Force Since", readonly=True, copy=False)
    date_superseded = fields.Date(string="Superseded On", readonly=True, copy=False)
    approved_by_id = fields.Many2one("res.users", readonly=True, copy=False)
    acknowledgement_ids = fields.One2many(
        "csd.rule.acknowledgement", "version_id", string="Acknowledgements"
    )
    pending_count = fields.Integer(
        string="Not Yet Acknowledged", compute="_compute_pending_count"
    )

    _sql_constraints = [
        (
            "document_version_unique",
            "unique(document_id, version_number)",
            "A document cannot have two versions with the same number.",
        ),
    ]

    def init(self):
        # Two supervisors putting versions in force at the same moment must not
        # both succeed: the database keeps a single version in force too.
        self.env.cr.execute(
            "CREATE UNIQUE INDEX IF NOT EXISTS csd_rule_version_one_in_force"
            " ON csd_rule_version (document_id) WHERE state = 'in_force'"
        )

    @api.depends("document_id.name", "version_number")
    def _compute_display_name(self):
        for version in self:
            version.display_name = self.env._(
                "%(document)s v%(number)s",
                document=version.document_id.name or "",
                number=version.version_number,
            )

    @api.depends("acknowledgement_ids.state")
    def _compute_pending_count(self):
        for version in self:
            version.pending_count = len(
                version.acknowledgement_ids.filtered(lambda a: a.state == "pending")
            )

    @api.model_create_multi
    def create(self, vals_list):
        # Numbers are given per document in creation order.
        next_numbers = {}
        for vals in vals_list:
            document_id = vals.get("document_id")
            if document_id not in next_numbers:
                self.env["csd.rule.document"].browse(document_id).check_access("write")
                self.env.cr.execute(
                    "SELECT COALESCE(MAX(version_number), 0) FROM csd_rule_version"
                    " WHERE document_id = %s",
                    (document_id,),
                )
                next_numbers[document_id] = self.env.cr.fetchone()[0] + 1
            vals["version_number"] = next_numbers[document_id]
            next_numbers[document_id] += 1
        return super().create(vals_list)

    @api.constrains("state", "document_id")
    def _check_one_in_force(self):
        # Counted in memory: a query would flush the new state first and meet
        # the unique index before this clearer message.
        for document in self.filtered(lambda v: v.state == "in_force").document_id:
            in_force = document.version_ids.filtered(lambda v: v.state == "in_force")
            if len(in_force) > 1:
                raise ValidationError(
                    self.env._(
                        "Only one version of “%s” can be in force at a time.",
                        document.name,
                    )
                )

    def write(self, vals):
        if "content" in vals and self.filtered(
            lambda v: v.state in ("in_force", "superseded")
        ):
            raise UserError(
                self.env._(
                    "A version in force or superseded cannot be changed: "
                    "create a new version."
                )
            )
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_only_drafts(self):
        if self.filtered(lambda v: v.state != "draft"):
            raise UserError(self.env._("Only draft versions can be deleted."))

    def _check_state(self, allowed):
        wrong = self.filtered(lambda v: v.state not in allowed)
        if wrong:
            raise UserError(
                self.env._(
                    "“%(version)s” is %(state)s: this step is not possible.",
                    version=wrong[0].display_name,
                    state=dict(self._fields["state"]._description_selection(self.env))[
                        wrong[0].state
                    ],
                )
            )

    def action_submit(self):
        self._check_state(["draft"])
        self.write({"state": "review"})

    def action_back_to_draft(self):
        self._check_state(["review"])
        self.write({"state": "draft"})

    def action_put_in_force(self):
        """Approve: the version comes into force, the one it replaces is
        superseded and everyone concerned is asked to acknowledge it."""
        if not self.env.user.has_group("csd_management.group_csd_supervisor"):
            raise UserError(self.env._("Only a supervisor can put a rule in force."))
        self._check_state(["review"])
        if len(self.document_id) != len(self):
            raise UserError(
                self.env._("Put only one version of a document in force at a time.")
            )
        today = fields.Date.context_today(self)
        old = self.search(
            [("document_id", "in", self.document_id.ids), ("state", "=", "in_force")]
        )
        old.write({"state": "superseded", "date_superseded": today})
        # the old version leaves force in the database before the new one enters
        old.flush_recordset(["state"])
        old.acknowledgement_ids._close_activities()
        self.write(
            {
                "state": "in_force",
                "date_in_force": today,
                "approved_by_id": self.env.uid,
            }
        )
        self._request_acknowledgements()

    def _request_acknowledgements(self):
        vals_list = []
        for version in self:
            for employee in version.document_id._get_concerned_employees():
                vals_list.append({"version_id": version.id, "employee_id": employee.id})
        acks = self.env["csd.rule.acknowledgement"].create(vals_list)
        acks._schedule_activities()
        return acks

    def action_acknowledge(self):
        """The current user confirms having read the version."""
        acks = self.acknowledgement_ids.filtered(
            lambda a: a.user_id == self.env.user and a.state == "pending"
        )
        if not acks:
            raise UserError(self.env._("There is nothing for you to acknowledge here."))
        return acks.action_acknowledge()
