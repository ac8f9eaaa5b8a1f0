from odoo import fields, models


class CsdProcessStep(models.Model):
    _name = "csd.process.step"
    _description = "Process Step"
    _order = "document_id, sequence, id"

    sequence = fields.Integer(default=10)
    document_id = fields.Many2one(
        "csd.rule.document",
        string="Process",
        required=True,
        ondelete="cascade",
        index=True,
    )
    name = fields.Char(string="Step", required=True, translate=True)
    description = fields.Text(translate=True)
    job_id = fields.Many2one("hr.job", string="Responsible Position")
    time_limit_hours = fields.Float(
        string="Time Limit (hours)",
        help="How long the responsible position has to complete the step.",
    )

    _sql_constraints = [
        (
            "time_limit_positive",
            "CHECK(time_limit_hours >= 0)",
            "A step's time limit cannot be negative.",
        ),
    ]
