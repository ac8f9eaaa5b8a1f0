from odoo import fields, models


class CrmLead(models.Model):
    _inherit = "crm.lead"

    complaint_count = fields.Integer(compute="_compute_complaint_count")
    complaint_open_count = fields.Integer(compute="_compute_complaint_count")

    def _compute_complaint_count(self):
        commercial = self.partner_id.commercial_partner_id
        figures = self.env["res.partner"]._csd_complaint_figures(commercial)
        for lead in self:
            total, open_ = figures.get(lead.partner_id.commercial_partner_id.id, (0, 0))
            lead.complaint_count = total
            lead.complaint_open_count = open_

    def action_view_complaint_history(self):
        self.ensure_one()
        return self.partner_id.action_view_complaint_history()
