from odoo import api, fields, models
from odoo.exceptions import ValidationError


class CsdTrainingSession(models.Model):
    """One delivery of training: content, method, time and trainer."""

    _name = "csd.training.session"
    _description = "Training Session"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "date_start desc, id desc"

    name = fields.Char(string="Content", required=True, tracking=True)
    plan_id = fields.Many2one("csd.training.plan", index=True)
    method = fields.Selection(
        [("internal", "Internal"), ("external", "External"), ("online", "Online")],
        required=True,
        default="internal",
    )
    date_start = fields.Datetime(required=True)
    duration = fields.Float(string="Hours", required=True, default=2.0)
    trainer = fields.Char(required=True)
    location = fields.Char()
    attendance_ids = fields.One2many(
        "csd.training.attendance", "session_id", copy=False
    )
    need_ids = fields.Many2many(
        "csd.training.need", string="Training needs answered", copy=False
    )
    evaluation_method = fields.Selection(
        [
            ("exam", "Exam"),
            ("assessment", "Assessment"),
            ("practice", "Practical check"),
        ],
        string="Effect evaluated by",
        default="exam",
    )
    state = fields.Selection(
        [("planned", "Planned"), ("done", "Done"), ("cancel", "Cancelled")],
        default="planned",
        required=True,
        tracking=True,
    )

    @api.constrains("duration")
    def _check_duration(self):
        if any(s.duration <= 0 for s in self):
            raise ValidationError(
                self.env._("A training session lasts more than 0 hours.")
            )

    def action_done(self):
        self.state = "done"
        self.need_ids.filtered(lambda n: n.state in ("open", "planned")).state = "done"

    def action_cancel(self):
        self.state = "cancel"
