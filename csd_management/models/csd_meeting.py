from odoo import api, fields, models
from odoo.exceptions import UserError


class CsdMeeting(models.Model):
    _name = "csd.meeting"
    _description = "Department Weekly Meeting"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "date_start desc, id desc"

    name = fields.Char(required=True, tracking=True)
    active = fields.Boolean(default=True)
    department_id = fields.Many2one("hr.department", required=True, index=True)
    calendar_event_id = fields.Many2one(
        "calendar.event", ondelete="set null", copy=False
    )
    date_start = fields.Datetime(string="Start", required=True, tracking=True)
    date_end = fields.Datetime(string="End", required=True)
    location = fields.Char(default=lambda self: self.env._("Meeting room"))
    minutes_taker_id = fields.Many2one(
        "hr.employee",
        tracking=True,
        help="Staff take the minutes in turn (会议记录由各员工轮流记录).",
    )
    agenda_item_ids = fields.One2many(
        "csd.meeting.agenda.item", "meeting_id", string="Agenda", copy=True
    )
    attendance_ids = fields.One2many("csd.meeting.attendance", "meeting_id")
    minutes = fields.Html()
    state = fields.Selection(
        [
            ("planned", "Planned"),
            ("submitted", "Minutes Submitted"),
            ("approved", "Approved"),
            ("archived", "Filed"),
        ],
        default="planned",
        required=True,
        readonly=True,
        tracking=True,
        index=True,
    )
    approver_id = fields.Many2one("res.users", readonly=True, tracking=True)
    date_approved = fields.Datetime(readonly=True)
    present_count = fields.Integer(compute="_compute_present_count")

    @api.depends("attendance_ids.attendance")
    def _compute_present_count(self):
        for meeting in self:
            meeting.present_count = len(
                meeting.attendance_ids.filtered(lambda a: a.attendance == "present")
            )

    def write(self, vals):
        locked = {"minutes", "agenda_item_ids", "attendance_ids", "date_start"}
        if locked & set(vals) and self.filtered(
            lambda m: m.state in ("approved", "archived")
        ):
            raise UserError(self.env._("Approved minutes cannot be changed."))
        return super().write(vals)

    def _agenda_vals(self, specialists):
        """The handbook's agenda (部门例会制度): last week's results, each
        specialist's report, complaint case analysis, this week's tasks."""
        items = [{"sequence": 10, "name": self.env._("Last week's results")}]
        items += [
            {
                "sequence": 20,
                "name": self.env._("Report of %s", employee.name),
                "employee_id": employee.id,
            }
            for employee in specialists
        ]
        items += [
            {"sequence": 30, "name": self.env._("Complaint case analysis")},
            {"sequence": 40, "name": self.env._("This week's tasks")},
        ]
        return [fields.Command.create(item) for item in items]

    def action_submit_minutes(self):
        for meeting in self:
            if meeting.state != "planned":
                raise UserError(self.env._("The minutes were already submitted."))
            if not meeting.minutes or not meeting.attendance_ids:
                raise UserError(
                    self.env._("Record the attendance and the minutes first.")
                )
        # asked before the state changes: the taker may only write planned minutes
        for meeting in self:
            supervisor = (
                meeting.department_id.manager_id.user_id
                or meeting.minutes_taker_id.parent_id.user_id
            )
            if supervisor:
                meeting.activity_schedule(
                    "mail.mail_activity_data_todo",
                    summary=self.env._("Approve the meeting minutes"),
                    user_id=supervisor.id,
                )
        self.write({"state": "submitted"})

    def action_approve(self):
        if not self.env.user.has_group("csd_management.group_csd_supervisor"):
            raise UserError(self.env._("Only a supervisor can approve the minutes."))
        if self.filtered(lambda m: m.state != "submitted"):
            raise UserError(self.env._("Only submitted minutes can be approved."))
        self.write(
            {
                "state": "approved",
                "approver_id": self.env.uid,
                "date_approved": fields.Datetime.now(),
            }
        )
        self.activity_feedback(["mail.mail_activity_data_todo"])

    def action_return(self):
        if not self.env.user.has_group("csd_management.group_csd_supervisor"):
            raise UserError(self.env._("Only a supervisor can return the minutes."))
        self.filtered(lambda m: m.state == "submitted").write({"state": "planned"})

    def action_file(self):
        if self.filtered(lambda m: m.state != "approved"):
            raise UserError(self.env._("Only approved minutes can be filed."))
        self.write({"state": "archived"})
