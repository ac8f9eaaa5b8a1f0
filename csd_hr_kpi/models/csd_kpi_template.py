from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.tools.float_utils import float_compare


class CsdKpiTemplate(models.Model):
    """The KPIs and weights a position (hr.job) is evaluated on."""

    _name = "csd.kpi.template"
    _description = "Evaluation Template"
    _inherit = ["mail.thread"]
    _order = "job_id, period_type"

    name = fields.Char(required=True, translate=True, tracking=True)
    active = fields.Boolean(default=True)
    job_id = fields.Many2one(
        "hr.job", string="Position", required=True, index=True, tracking=True
    )
    period_type = fields.Selection(
        [("monthly", "Monthly"), ("annual", "Annual")],
        string="Period",
        required=True,
        default="monthly",
        tracking=True,
    )
    line_ids = fields.One2many(
        "csd.kpi.template.line", "template_id", string="KPIs", copy=True
    )
    total_weight = fields.Float(compute="_compute_total_weight", string="Total (%)")
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )

    @api.depends("line_ids.weight")
    def _compute_total_weight(self):
        for template in self:
            template.total_weight = sum(template.line_ids.mapped("weight"))

    @api.constrains("line_ids", "active")
    def _check_weights(self):
        for template in self.filtered("active"):
            total = sum(template.line_ids.mapped("weight"))
            if float_compare(total, 100.0, precision_digits=2):
                raise ValidationError(
                    self.env._(
                        "The weights of template %(name)s add up to %(total)s %%; "
                        "they must add up to 100 %%.",
                        name=template.name,
                        total=round(total, 2),
                    )
                )
            if len(template.line_ids.kpi_id) != len(template.line_ids):
                raise ValidationError(
                    self.env._("Template %s lists a KPI twice.", template.name)
                )

    @api.constrains("job_id", "period_type", "active", "company_id")
    def _check_one_per_job(self):
        for template in self.filtered("active"):
            if self.search_count(
                [
                    ("id", "!=", template.id),
                    ("job_id", "=", template.job_id.id),
                    ("period_type", "=", template.period_type),
                    ("company_id", "=", template.company_id.id),
                ]
            ):
                raise ValidationError(
                    self.env._(
                        "Position %s already has an active template for this "
                        "period; archive it first.",
                        template.job_id.name,
                    )
                )
