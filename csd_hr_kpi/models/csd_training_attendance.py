from odoo import api, fields, models
from odoo.exceptions import ValidationError


class CsdTrainingAttendance(models.Model):
    """An employee at a session, and how well the training worked for them."""

    _name = "csd.training.attendance"
    _description = "Training Attendance"
    _order = "session_id, employee_id"

    session_id = fields.Many2one(
        "csd.training.session", required=True, ondelete="cascade", index=True
    )
    employee_id = fields.Many2one("hr.employee", required=True, index=True)
    attended = fields.Boolean(default=True)
    date = fields.Datetime(related="session_id.date_start", store=True, index=True)
    hours = fields.Float(related="session_id.duration", store=True)
    session_state = fields.Selection(related="session_id.state", store=True)
    exam_score = fields.Float(help="0-100.")
    assessment = fields.Selection(
        [
            ("excellent", "Excellent"),
            ("good", "Good"),
            ("pass", "Pass"),
            ("fail", "Fail"),
        ]
    )
    practical_passed = fields.Boolean(string="Practical check passed")
    note = fields.Char()

    _sql_constraints = [
        (
            "employee_session_uniq",
            "unique(session_id, employee_id)",
            "An employee is listed once per session.",
        ),
    ]

    @api.constrains("exam_score")
    def _check_exam_score(self):
        if any(not 0 <= a.exam_score <= 100 for a in self):
            raise ValidationError(self.env._("An exam score is between 0 and 100."))

    def _period_domain(self, employees, date_from, date_to):
        return [
            ("employee_id", "in", employees.ids),
            ("attended", "=", True),
            ("session_state", "=", "done"),
            ("date", ">=", fields.Datetime.to_datetime(date_from)),
            (
                "date",
                "<",
                fields.Datetime.to_datetime(fields.Date.add(date_to, days=1)),
            ),
        ]

    @api.model
    def _hours_by_employee(self, employees, date_from, date_to):
        groups = self.sudo()._read_group(
            self._period_domain(employees, date_from, date_to),
            ["employee_id"],
            ["hours:sum"],
        )
        hours = dict.fromkeys(employees.ids, 0.0)
        hours.update({employee.id: total for employee, total in groups})
        return hours

    @api.model
    def _exam_score_by_employee(self, employees, date_from, date_to):
        groups = self.sudo()._read_group(
            self._period_domain(employees, date_from, date_to)
            + [("session_id.evaluation_method", "=", "exam")],
            ["employee_id"],
            ["exam_score:avg"],
        )
        return {employee.id: round(avg, 2) for employee, avg in groups}
