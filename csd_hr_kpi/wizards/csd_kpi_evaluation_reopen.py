from odoo import fields, models


class CsdKpiEvaluationReopen(models.TransientModel):
    _name = "csd.kpi.evaluation.reopen"
    _description = "Reopen Evaluations"

    evaluation_ids = fields.Many2many(
        "csd.kpi.evaluation",
        default=lambda self: self.env.context.get("active_ids"),
        required=True,
    )
    reason = fields.Text(required=True)

    def action_reopen(self):
        self.evaluation_ids._reopen(self.reason)
        return {"type": "ir.actions.act_window_close"}
