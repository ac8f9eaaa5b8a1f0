from odoo import api, fields, models
from odoo.exceptions import UserError


class CsdEmergencyDrill(models.Model):
    _name = "csd.emergency.drill"
    _description = "Emergency Drill"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "date_planned desc, id desc"

    name = fields.Char(required=True, tracking=True)
    plan_id = fields.Many2one(
        "csd.emergency.plan", required=True, index=True, tracking=True
    )
    incident_type = fields.Selection(related="plan_id.incident_type", store=True)
    date_planned = fields.Date(string="Planned For", required=True, tracking=True)
    date_done = fields.Date(string="Held On", readonly=True, tracking=True)
    organiser_id = fields.Many2one("hr.employee", tracking=True, index=True)
    participant_ids = fields.Many2many("hr.employee", string="Participants")
    scenario = fields.Text()
    findings = fields.Text(help="What went well and what did not.")
    improvement_actions = fields.Text(string="Improvements")
    state = fields.Selection(
        [("planned", "Planned"), ("done", "Done"), ("cancelled", "Cancelled")],
        default="planned",
        required=True,
        readonly=True,
        tracking=True,
        index=True,
    )

    def action_done(self):
        for drill in self:
            if drill.state != "planned":
                raise UserError(self.env._("Only a planned drill can be recorded."))
            if not (drill.findings or "").strip() or not drill.participant_ids:
                raise UserError(
                    self.env._(
                        "Record the participants and the findings of drill “%s” "
                        "before closing it.",
                        drill.name,
                    )
                )
        self.write({"state": "done", "date_done": fields.Date.context_today(self)})

    def action_cancel(self):
        if self.filtered(lambda d: d.state == "done"):
            raise UserError(self.env._("A drill that took place cannot be cancelled."))
        self.write({"state": "cancelled"})

    @api.ondelete(at_uninstall=False)
    def _unlink_except_done(self):
        if self.filtered(lambda d: d.state == "done"):
            raise UserError(self.env._("A drill that took place cannot be deleted."))
