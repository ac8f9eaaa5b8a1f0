from odoo import fields, models


class CsdJobResponsibility(models.Model):
    _name = "csd.job.responsibility"
    _description = "Position Responsibility"
    _order = "job_id, sequence, id"

    sequence = fields.Integer(default=10)
    job_id = fields.Many2one(
        "hr.job", string="Position", required=True, ondelete="cascade", index=True
    )
    name = fields.Text(string="Responsibility", required=True, translate=True)
    tasks = fields.Text(translate=True, help="What the holder does for it.")
    assessment_focus = fields.Text(
        translate=True, help="What the holder is assessed on (考核重点)."
    )
