from datetime import timedelta

from odoo import fields
from odoo.exceptions import UserError
from odoo.tests import tagged

from .common import CsdComplaintCase


@tagged("post_install", "-at_install")
class TestRepair(CsdComplaintCase):
    def setUp(self):
        super().setUp()
        self.site_user = self.env["res.users"].create(
            {"name": "Site Zhao", "login": "t_site", "email": "zhao@example.com"}
        )
        self.site_supervisor = self.env["hr.employee"].create(
            {"name": "Site Zhao", "user_id": self.site_user.id}
        )
        self.product = self.env["product.product"].create({"name": "Laser printer"})

    def test_repair_routed_to_site_supervisor(self):
        ticket = self._ticket(
            ticket_type="repair",
            repair_route="site_supervisor",
            site_supervisor_id=self.site_supervisor.id,
            product_id=self.product.id,
            goods_action="exchange",
            warranty_status="in_warranty",
        )
        ticket.action_route_repair()
        self.assertTrue(self._activities_of(ticket, self.site_user))
        self.assertFalse(ticket.contact_deadline)
        self.assertEqual(ticket.product_id, self.product)
        self.assertEqual(ticket.warranty_status, "in_warranty")

    def test_person_left_means_48_hours(self):
        ticket = self._ticket(
            ticket_type="repair",
            repair_route="site_supervisor",
            site_supervisor_id=self.site_supervisor.id,
        )
        self.site_supervisor.active = False
        before = fields.Datetime.now()
        ticket.action_route_repair()
        self.assertAlmostEqual(
            ticket.contact_deadline,
            before + timedelta(hours=48),
            delta=timedelta(minutes=1),
        )
        self.assertEqual(ticket.promised_date, ticket.contact_deadline)
        told = ticket.message_ids.filtered(
            lambda m: self.contact_a in m.partner_ids and "48 hours" in str(m.body)
        )
        self.assertTrue(
            told, "the customer is told they will be contacted within 48 hours"
        )
        call = self._activities_of(ticket, self.supervisor)
        self.assertEqual(call.date_deadline, ticket.contact_deadline.date())

    def test_inactive_user_also_counts_as_left(self):
        ticket = self._ticket(
            ticket_type="repair",
            repair_route="site_supervisor",
            site_supervisor_id=self.site_supervisor.id,
        )
        self.site_user.active = False
        ticket.action_route_repair()
        self.assertTrue(ticket.contact_deadline)

    def test_repair_notice_to_manufacturer(self):
        maker = self.env["res.partner"].create(
            {"name": "Brother After-sales", "email": "service@maker.example"}
        )
        ticket = self._ticket(
            ticket_type="repair",
            repair_route="manufacturer",
            manufacturer_id=maker.id,
            product_id=self.product.id,
        )
        ticket.action_route_repair()
        self.assertTrue(ticket.repair_notice_sent)
        notice = ticket.message_ids.filtered(lambda m: maker in m.partner_ids)
        self.assertIn("Laser printer", str(notice.body))
        mails = self.env["mail.mail"].search([("mail_message_id", "in", notice.ids)])
        self.assertIn(maker, mails.recipient_ids)

    def test_manufacturer_without_email_is_refused(self):
        maker = self.env["res.partner"].create({"name": "No mail Ltd"})
        ticket = self._ticket(
            ticket_type="repair", repair_route="manufacturer", manufacturer_id=maker.id
        )
        with self.assertRaisesRegex(UserError, "e-mail"):
            ticket.action_route_repair()
        self.assertFalse(ticket.repair_notice_sent)
