from odoo import fields, models


class CsdEmergencyPlanStep(models.Model):
    _name = "csd.emergency.plan.step"
    _description = "Emergency Plan Step"
    _order = "plan_id, sequence, id"

    sequence = fields.Integer(default=10)
    plan_id = fields.Many2one(
        "csd.emergency.plan", required=True, ondelete="cascade", index=True
    )
    name = fields.Char(string="Step", required=True, translate=True)
    job_id = fields.Many2one("hr.job", string="Responsible Position")
    time_limit_minutes = fields.Integer(string="Within (minutes)")
