import binascii

from odoo import fields, http
from odoo.exceptions import AccessError, MissingError, UserError
from odoo.http import request

from odoo.addons.portal.controllers.portal import CustomerPortal

CONFIRMATION_REPORT = "csd_complaints.action_report_resolution_confirmation"


class CsdComplaintPortal(CustomerPortal):
    @http.route(
        ["/my/ticket/<int:ticket_id>/confirmation"],
        type="http",
        auth="public",
        website=True,
    )
    def portal_ticket_confirmation(self, ticket_id, access_token=None, **kw):
        """The complaint resolution confirmation (客户投诉解决方案确认书)."""
        try:
            ticket_sudo = self._document_check_access(
                "helpdesk.ticket", ticket_id, access_token=access_token
            )
        except (AccessError, MissingError):
            return request.redirect("/my")
        return self._show_report(
            model=ticket_sudo,
            report_type=kw.get("report_type", "html"),
            report_ref=CONFIRMATION_REPORT,
            download=kw.get("download") == "true",
        )

    @http.route(
        ["/my/ticket/<int:ticket_id>/sign"], type="json", auth="public", website=True
    )
    def portal_ticket_sign(
        self, ticket_id, access_token=None, name=None, signature=None
    ):
        access_token = access_token or request.httprequest.args.get("access_token")
        try:
            ticket_sudo = self._document_check_access(
                "helpdesk.ticket", ticket_id, access_token=access_token
            )
        except (AccessError, MissingError):
            return {"error": request.env._("Invalid ticket.")}
        if ticket_sudo.signature:
            return {"error": request.env._("This confirmation is already signed.")}
        if not ticket_sudo.feedback_note:
            return {"error": request.env._("There is no solution to confirm yet.")}
        if not signature or not name:
            return {"error": request.env._("Your name and signature are needed.")}
        try:
            ticket_sudo.write(
                {
                    "signed_by": name,
                    "signed_on": fields.Datetime.now(),
                    "signature": signature,
                }
            )
        except (TypeError, ValueError, binascii.Error, UserError):
            return {"error": request.env._("Invalid signature data.")}
        ticket_sudo.message_post(
            body=request.env._("Resolution confirmation signed by %s", name),
            author_id=request.env.user.partner_id.id,
            message_type="comment",
            subtype_xmlid="mail.mt_comment",
        )
        return {
            "force_refresh": True,
            "redirect_url": ticket_sudo.get_portal_url(),
        }
