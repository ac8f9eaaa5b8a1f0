from odoo import api, fields, models
from odoo.exceptions import ValidationError


class HrJob(models.Model):
    _inherit = "hr.job"

    # Job description (职位说明书), laid out as in the handbook's table 1-5.
    csd_purpose = fields.Text(string="Purpose", translate=True)
    csd_parent_id = fields.Many2one(
        "hr.job",
        string="Direct Superior",
        index=True,
        ondelete="set null",
        help="The position this one reports to.",
    )
    csd_superior_title = fields.Char(
        string="Superior Outside the Department",
        translate=True,
        help="Who the position reports to when that position is not managed "
        "here, e.g. the marketing director.",
    )
    csd_child_ids = fields.One2many(
        "hr.job", "csd_parent_id", string="Direct Subordinates"
    )
    csd_internal_collaboration = fields.Char(
        string="Internal Collaboration", translate=True
    )
    csd_external_collaboration = fields.Char(
        string="External Collaboration", translate=True
    )
    csd_education = fields.Char(string="Education", translate=True)
    csd_knowledge = fields.Text(string="Knowledge", translate=True)
    csd_experience_years = fields.Integer(
        string="Years of Experience", help="Minimum years of work experience."
    )
    csd_experience = fields.Char(string="Experience", translate=True)
    csd_skills = fields.Text(string="Skills", translate=True)
    csd_responsibility_ids = fields.One2many(
        "csd.job.responsibility", "job_id", string="Responsibilities", copy=True
    )
    csd_authority = fields.Text(string="Authority", translate=True)
    csd_performance_standards = fields.Text(
        string="Performance Standards", translate=True
    )
    csd_training_needs = fields.Text(string="Training Needs", translate=True)

    @api.constrains("csd_parent_id")
    def _check_csd_parent_id(self):
        if self._has_cycle("csd_parent_id"):
            raise ValidationError(
                self.env._("A position cannot be its own superior, even indirectly.")
            )

    def action_print_csd_job_description(self):
        return self.env.ref(
            "csd_management.action_report_csd_job_description"
        ).report_action(self)
