from odoo import fields, models


class CsdMeetingAgendaItem(models.Model):
    _name = "csd.meeting.agenda.item"
    _description = "Meeting Agenda Item"
    _order = "meeting_id, sequence, id"

    sequence = fields.Integer(default=10)
    meeting_id = fields.Many2one(
        "csd.meeting", required=True, ondelete="cascade", index=True
    )
    name = fields.Char(string="Item", required=True)
    employee_id = fields.Many2one("hr.employee", string="Presented By")
    notes = fields.Text()
