from odoo import fields, models
from odoo.exceptions import UserError


class CsdRuleAcknowledgement(models.Model):
    _name = "csd.rule.acknowledgement"
    _description = "Rule Acknowledgement"
    _order = "state desc, date_acknowledged desc, id"

    version_id = fields.Many2one(
        "csd.rule.version", required=True, index=True, ondelete="cascade"
    )
    document_id = fields.Many2one(
        related="version_id.document_id", store=True, index=True
    )
    employee_id = fields.Many2one("hr.employee", required=True, index=True)
    user_id = fields.Many2one(related="employee_id.user_id", store=True, index=True)
    state = fields.Selection(
        [("pending", "To Acknowledge"), ("done", "Acknowledged")],
        default="pending",
        required=True,
        index=True,
    )
    date_acknowledged = fields.Datetime(readonly=True)

    _sql_constraints = [
        (
            "version_employee_unique",
            "unique(version_id, employee_id)",
            "An employee acknowledges a version only once.",
        ),
    ]

    def _schedule_activities(self):
        todo = self.env.ref("mail.mail_activity_data_todo")
        for ack in self.filtered("user_id"):
            ack.version_id.activity_schedule(
                activity_type_id=todo.id,
                summary=self.env._("Read and acknowledge"),
                user_id=ack.user_id.id,
            )

    def _close_activities(self, done=False):
        # The reminder belongs to the version, which the reader cannot write.
        for ack in self.filtered("user_id"):
            version = ack.version_id.sudo()
            if done:
                version.activity_feedback(
                    ["mail.mail_activity_data_todo"], user_id=ack.user_id.id
                )
            else:
                version.activity_unlink(
                    ["mail.mail_activity_data_todo"], user_id=ack.user_id.id
                )

    def action_acknowledge(self):
        if self.filtered(lambda a: a.version_id.state != "in_force"):
            raise UserError(self.env._("Only a version in force can be acknowledged."))
        if not self.env.user.has_group("csd_management.group_csd_supervisor"):
            if self.filtered(lambda a: a.user_id != self.env.user):
                raise UserError(self.env._("You can only acknowledge for yourself."))
        pending = self.filtered(lambda a: a.state == "pending")
        pending.sudo().write(
            {"state": "done", "date_acknowledged": fields.Datetime.now()}
        )
        pending._close_activities(done=True)
        return True
