from odoo import fields, models


class ResPartner(models.Model):
    _inherit = "res.partner"

    complaint_count = fields.Integer(
        compute="_compute_complaint_count",
        string="Complaints",
        help="Complaints of the customer and all its contacts.",
    )
    complaint_open_count = fields.Integer(
        compute="_compute_complaint_count", string="Open Complaints"
    )

    def _compute_complaint_count(self):
        figures = self._csd_complaint_figures(self.commercial_partner_id)
        for partner in self:
            total, open_ = figures.get(partner.commercial_partner_id.id, (0, 0))
            partner.complaint_count = total
            partner.complaint_open_count = open_

    def _csd_complaint_figures(self, commercial_partners):
        """{commercial partner id: (total, open)} in one grouped query."""
        if not commercial_partners.ids:
            return {}
        groups = self.env["helpdesk.ticket"]._read_group(
            [
                ("ticket_type", "=", "complaint"),
                ("commercial_partner_id", "in", commercial_partners.ids),
            ],
            ["commercial_partner_id", "stage_id"],
            ["__count"],
        )
        figures = {}
        for partner, stage, count in groups:
            total, open_ = figures.get(partner.id, (0, 0))
            figures[partner.id] = (
                total + count,
                open_ + (0 if stage.closed else count),
            )
        return figures

    def action_view_complaint_history(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "csd_complaints.action_csd_complaint_history"
        )
        action["domain"] = [
            ("ticket_type", "=", "complaint"),
            ("commercial_partner_id", "=", self.commercial_partner_id.id),
        ]
        return action
