from odoo import api, fields, models
from odoo.exceptions import ValidationError


class CsdEmergencyIncidentEvent(models.Model):
    _name = "csd.emergency.incident.event"
    _description = "Incident Timeline Entry"
    _order = "incident_id, date, id"

    incident_id = fields.Many2one(
        "csd.emergency.incident", required=True, ondelete="cascade", index=True
    )
    date = fields.Datetime(required=True, default=fields.Datetime.now)
    description = fields.Text(required=True)
    employee_id = fields.Many2one("hr.employee", string="By")

    @api.constrains("date", "incident_id")
    def _check_date(self):
        for event in self:
            if event.date < event.incident_id.date_start:
                raise ValidationError(
                    self.env._("A timeline entry cannot precede the incident.")
                )
