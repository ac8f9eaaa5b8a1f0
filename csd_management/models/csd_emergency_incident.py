from odoo import api, fields, models
from odoo.exceptions import UserError


class CsdEmergencyIncident(models.Model):
    _name = "csd.emergency.incident"
    _description = "Emergency Incident"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "date_start desc, id desc"

    name = fields.Char(required=True, tracking=True)
    plan_id = fields.Many2one(
        "csd.emergency.plan", string="Plan Activated", required=True, index=True
    )
    incident_type = fields.Selection(related="plan_id.incident_type", store=True)
    date_start = fields.Datetime(
        string="Started", required=True, default=fields.Datetime.now, tracking=True
    )
    date_end = fields.Datetime(string="Resolved", readonly=True, tracking=True)
    leader_id = fields.Many2one("hr.employee", string="Led By", tracking=True)
    description = fields.Text()
    event_ids = fields.One2many(
        "csd.emergency.incident.event", "incident_id", string="Timeline"
    )
    review = fields.Text(help="Causes, what the plan got right or wrong, lessons.")
    state = fields.Selection(
        [("active", "Active"), ("resolved", "Resolved"), ("reviewed", "Reviewed")],
        default="active",
        required=True,
        readonly=True,
        tracking=True,
        index=True,
    )

    @api.model_create_multi
    def create(self, vals_list):
        incidents = super().create(vals_list)
        for incident in incidents:
            incident._log(
                self.env._("Plan “%s” activated.", incident.plan_id.name),
                when=incident.date_start,
            )
        return incidents

    def _log(self, description, when=None):
        self.env["csd.emergency.incident.event"].create(
            [
                {
                    "incident_id": incident.id,
                    "date": when or fields.Datetime.now(),
                    "description": description,
                }
                for incident in self
            ]
        )

    def action_resolve(self):
        if self.filtered(lambda i: i.state != "active"):
            raise UserError(self.env._("Only an active incident can be resolved."))
        self.write({"state": "resolved", "date_end": fields.Datetime.now()})
        self._log(self.env._("Incident resolved."))

    def action_review(self):
        for incident in self:
            if incident.state != "resolved":
                raise UserError(self.env._("Only a resolved incident can be reviewed."))
            if not (incident.review or "").strip():
                raise UserError(self.env._("Write the review first."))
        self.write({"state": "reviewed"})
        self._log(self.env._("Incident reviewed."))

    @api.ondelete(at_uninstall=False)
    def _unlink_never(self):
        raise UserError(
            self.env._("Incidents are kept for the record and cannot be deleted.")
        )
