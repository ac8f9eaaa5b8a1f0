from odoo.exceptions import AccessError
from odoo.tests import new_test_user, tagged

from .common import CsdComplaintCase


@tagged("post_install", "-at_install")
class TestPortalRules(CsdComplaintCase):
    """The portal pages themselves are driven over HTTP in tests/ at the top."""

    def test_portal_user_sees_only_own_tickets(self):
        portal_user = new_test_user(
            self.env, login="t_portal", groups="base.group_portal"
        )
        portal_user.partner_id.parent_id = self.customer
        own = self._ticket(partner_id=portal_user.partner_id.id)
        colleague = self._ticket(partner_id=self.contact_b.id, name="Colleague's")
        stranger = self.env["res.partner"].create({"name": "Other Co"})
        foreign = self._ticket(partner_id=stranger.id, name="Other problem")
        Ticket = self.env["helpdesk.ticket"].with_user(portal_user)
        visible = Ticket.search([("id", "in", (own | colleague | foreign).ids)])
        # helpdesk_mgmt shares a company's tickets with all its contacts.
        self.assertEqual(visible, own | colleague)
        with self.assertRaises(AccessError):
            foreign.with_user(portal_user).read(["name"])
        with self.assertRaises(AccessError):
            own.with_user(portal_user).write({"feedback_note": "I fixed it myself"})
