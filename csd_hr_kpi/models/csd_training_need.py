from odoo import api, fields, models


class CsdTrainingNeed(models.Model):
    """A training need (培训需求): from a low grade, an evaluation, or entered."""

    _name = "csd.training.need"
    _description = "Training Need"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "create_date desc, id desc"

    name = fields.Char(required=True, tracking=True)
    employee_id = fields.Many2one("hr.employee", required=True, index=True)
    department_id = fields.Many2one(
        related="employee_id.department_id", store=True, index=True
    )
    source = fields.Selection(
        [
            ("grade", "Coaching plan after a low grade"),
            ("evaluation", "Evaluation"),
            ("entered", "Entered"),
        ],
        required=True,
        default="entered",
    )
    evaluation_id = fields.Many2one("csd.kpi.evaluation", index=True)
    kpi_ids = fields.Many2many("csd.kpi", string="KPIs to improve")
    description = fields.Text()
    session_ids = fields.Many2many(
        "csd.training.session", string="Training sessions", copy=False
    )
    state = fields.Selection(
        [
            ("open", "Open"),
            ("planned", "Planned"),
            ("done", "Done"),
            ("cancel", "Cancelled"),
        ],
        default="open",
        required=True,
        tracking=True,
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )

    @api.model
    def _create_from_grades(self, evaluations):
        """A coaching plan for each evaluation whose grade asks for one; its
        KPIs to improve are the weakest ones (scored under 60)."""
        todo = evaluations.filtered(
            lambda e: e.grade_id.needs_coaching
            and not e.training_need_ids.filtered(lambda n: n.source == "grade")
        )
        needs = self.sudo().create(
            [
                {
                    "name": self.env._("Coaching plan: %s", evaluation.name),
                    "employee_id": evaluation.employee_id.id,
                    "source": "grade",
                    "evaluation_id": evaluation.id,
                    "company_id": evaluation.company_id.id,
                    "kpi_ids": [
                        fields.Command.set(
                            evaluation.line_ids.filtered(
                                lambda line: line.counted and line.score < 60
                            ).kpi_id.ids
                        )
                    ],
                    "description": self.env._(
                        "Grade %(grade)s (score %(score)s): coaching and training "
                        "as the handbook requires for failing staff.",
                        grade=evaluation.grade_id.name,
                        score=evaluation.total_score,
                    ),
                }
                for evaluation in todo
            ]
        )
        for need in needs:
            need.activity_schedule(
                "mail.mail_activity_data_todo",
                user_id=need.evaluation_id.evaluator_id.id or self.env.uid,
                summary=self.env._("Plan the coaching of %s", need.employee_id.name),
            )
        return needs
