from odoo import api, fields, models


class CsdRuleDocument(models.Model):
    _name = "csd.rule.document"
    _description = "Rule Document"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "chapter_sequence, chapter_id, kind, id"

    name = fields.Char(required=True, translate=True, tracking=True)
    active = fields.Boolean(default=True)
    chapter_id = fields.Many2one(
        "csd.rule.chapter", required=True, index=True, tracking=True
    )
    chapter_sequence = fields.Integer(related="chapter_id.sequence", store=True)
    kind = fields.Selection(
        [
            ("rule", "Rule"),
            ("process", "Process"),
            ("evaluation", "Evaluation"),
            ("form", "Forms"),
        ],
        required=True,
        default="rule",
        tracking=True,
        help="Rule (制度), process (流程), evaluation (评价) or forms (表格).",
    )
    job_ids = fields.Many2many(
        "hr.job",
        string="Positions Concerned",
        help="Holders of these positions must acknowledge each version in force.",
    )
    department_ids = fields.Many2many(
        "hr.department",
        string="Departments Concerned",
        help="Members of these departments (and their sub-departments) must "
        "acknowledge each version in force.",
    )
    version_ids = fields.One2many("csd.rule.version", "document_id", string="Versions")
    current_version_id = fields.Many2one(
        "csd.rule.version",
        string="Version in Force",
        compute="_compute_current_version_id",
        store=True,
    )
    process_action_id = fields.Many2one(
        "ir.actions.act_window",
        string="Runs in Odoo",
        help="Where the system runs this process, e.g. the complaints or the "
        "return visits.",
    )
    step_ids = fields.One2many(
        "csd.process.step", "document_id", string="Steps", copy=True
    )
    acknowledged_count = fields.Integer(compute="_compute_acknowledgement_counts")
    pending_count = fields.Integer(
        string="Not Yet Acknowledged", compute="_compute_acknowledgement_counts"
    )
    pending_employee_ids = fields.Many2many(
        "hr.employee",
        string="Who Has Not Acknowledged",
        compute="_compute_acknowledgement_counts",
    )

    @api.depends("version_ids.state")
    def _compute_current_version_id(self):
        for document in self:
            document.current_version_id = document.version_ids.filtered(
                lambda v: v.state == "in_force"
            )[:1]

    @api.depends(
        "current_version_id.acknowledgement_ids.state",
        "current_version_id.acknowledgement_ids.employee_id",
    )
    def _compute_acknowledgement_counts(self):
        for document in self:
            acks = document.current_version_id.acknowledgement_ids
            pending = acks.filtered(lambda a: a.state == "pending")
            document.pending_employee_ids = pending.employee_id
            document.pending_count = len(pending)
            document.acknowledged_count = len(acks) - len(pending)

    def _get_concerned_employees(self):
        """The active employees a document concerns, by position or department."""
        self.ensure_one()
        domain = []
        if self.job_ids:
            domain.append([("job_id", "in", self.job_ids.ids)])
        if self.department_ids:
            domain.append([("department_id", "child_of", self.department_ids.ids)])
        if not domain:
            return self.env["hr.employee"]
        # Users without HR rights search through the hr.employee.public SQL
        # view, which only sees what is flushed.
        self.env["hr.employee"].flush_model(["job_id", "department_id", "active"])
        return self.env["hr.employee"].search(
            ["|", *domain[0], *domain[1]] if len(domain) == 2 else domain[0]
        )

    def action_ask_newcomers(self):
        """Ask the people who became concerned after the version came into
        force (new hires, new positions) to acknowledge it too."""
        vals_list = []
        for document in self.filtered("current_version_id"):
            version = document.current_version_id
            missing = (
                document._get_concerned_employees()
                - version.acknowledgement_ids.employee_id
            )
            vals_list += [
                {"version_id": version.id, "employee_id": employee.id}
                for employee in missing
            ]
        acks = self.env["csd.rule.acknowledgement"].create(vals_list)
        acks._schedule_activities()
        return acks

    @api.model
    def _cron_ask_newcomers(self):
        self.search([("current_version_id", "!=", False)]).action_ask_newcomers()

    def action_open_process(self):
        self.ensure_one()
        return self.process_action_id._get_action_dict()

    def action_new_version(self):
        self.ensure_one()
        last = self.version_ids.sorted("version_number")[-1:]
        version = self.env["csd.rule.version"].create(
            {
                "document_id": self.id,
                "content": last.content,
            }
        )
        return {
            "type": "ir.actions.act_window",
            "res_model": "csd.rule.version",
            "res_id": version.id,
            "view_mode": "form",
        }
