from odoo import api, fields, models


class CsdKpiTemplateLine(models.Model):
    _name = "csd.kpi.template.line"
    _description = "Evaluation Template KPI"
    _order = "template_id, sequence, id"

    template_id = fields.Many2one(
        "csd.kpi.template", required=True, ondelete="cascade", index=True
    )
    sequence = fields.Integer(default=10)
    kpi_id = fields.Many2one("csd.kpi", string="KPI", required=True)
    kind = fields.Selection(related="kpi_id.kind")
    category = fields.Selection(related="kpi_id.category")
    weight = fields.Float(string="Weight (%)", required=True)

    _sql_constraints = [
        (
            "weight_positive",
            "CHECK(weight > 0 AND weight <= 100)",
            "A KPI's weight must be above 0 and at most 100 %.",
        ),
    ]

    @api.constrains("weight", "kpi_id")
    def _check_template_weights(self):
        self.template_id._check_weights()
