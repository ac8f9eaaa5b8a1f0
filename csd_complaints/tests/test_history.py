from odoo.exceptions import AccessError
from odoo.tests import new_test_user, tagged

from .common import CsdComplaintCase


@tagged("post_install", "-at_install")
class TestCustomerHistory(CsdComplaintCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.salesman = new_test_user(
            cls.env, login="t_salesman", groups="sales_team.group_sale_salesman"
        )
        cls.customer.user_id = cls.salesman
        cls.t_company = cls._ticket(
            partner_id=cls.customer.id,
            name="Late delivery",
            category_id=False,
            feedback_note="Delivered",
        )
        cls.t_a = cls._ticket(partner_id=cls.contact_a.id, name="Broken box")
        cls.t_b = cls._ticket(
            partner_id=cls.contact_b.id, name="Wrong colour", category_id=False
        )
        cls._ticket(
            partner_id=cls.contact_b.id,
            name="Question",
            ticket_type="inquiry",
            category_id=False,
        )
        cls.t_company.stage_id = cls.stages["closed"]
        cls.stranger = cls.env["res.partner"].create(
            {"name": "Other Co", "is_company": True}
        )
        cls.t_other = cls._ticket(partner_id=cls.stranger.id, name="Other")

    def test_counts_for_company_and_contacts_in_one_query(self):
        partners = self.customer | self.contact_a | self.contact_b | self.stranger
        partners.invalidate_recordset(["complaint_count", "complaint_open_count"])
        with self.assertQueryCount(__system__=2):
            counts = [(p.complaint_count, p.complaint_open_count) for p in partners]
        self.assertEqual(counts, [(3, 2), (3, 2), (3, 2), (1, 1)])

    def test_lead_button_and_filtered_list(self):
        lead = self.env["crm.lead"].create(
            {"name": "Upgrade", "partner_id": self.contact_b.id, "type": "opportunity"}
        )
        self.assertEqual((lead.complaint_count, lead.complaint_open_count), (3, 2))
        action = lead.action_view_complaint_history()
        tickets = self.env["helpdesk.ticket"].search(action["domain"])
        self.assertEqual(tickets, self.t_company | self.t_a | self.t_b)

    def test_salesman_reads_own_customers_history_only(self):
        Ticket = self.env["helpdesk.ticket"].with_user(self.salesman)
        action = self.customer.with_user(self.salesman).action_view_complaint_history()
        seen = Ticket.search(action["domain"])
        self.assertEqual(seen, self.t_company | self.t_a | self.t_b)
        self.assertEqual(self.customer.with_user(self.salesman).complaint_count, 3)
        self.assertFalse(Ticket.search([("id", "=", self.t_other.id)]))
        with self.assertRaises(AccessError):
            self.t_a.with_user(self.salesman).write({"name": "changed"})
        with self.assertRaises(AccessError):
            self.t_other.with_user(self.salesman).read(["name"])
        menus = self.env["ir.ui.menu"].with_user(self.salesman).load_menus(debug=False)
        self.assertNotIn(
            self.env.ref("helpdesk_mgmt.helpdesk_ticket_main_menu").id, menus
        )
        self.assertNotIn(
            self.env.ref("csd_complaints.menu_csd_complaints_root").id, menus
        )
