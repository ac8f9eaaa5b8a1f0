from odoo import fields, models


class CsdMeetingAttendance(models.Model):
    _name = "csd.meeting.attendance"
    _description = "Meeting Attendance"
    _order = "meeting_id, employee_id"

    meeting_id = fields.Many2one(
        "csd.meeting", required=True, ondelete="cascade", index=True
    )
    employee_id = fields.Many2one("hr.employee", required=True, index=True)
    attendance = fields.Selection(
        [("present", "Present"), ("excused", "Excused"), ("absent", "Absent")],
        default="present",
        required=True,
        help="Excused: absent with the supervisor's leave.",
    )

    _sql_constraints = [
        (
            "meeting_employee_unique",
            "unique(meeting_id, employee_id)",
            "An employee is listed once per meeting.",
        ),
    ]
