from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common_sla import SlaCase


@tagged("post_install", "-at_install")
class TestSlaMatching(SlaCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Category = cls.env["helpdesk.ticket.category"]
        cls.cat_product = Category.create({"name": "Product"})
        cls.cat_quality = Category.create(
            {"name": "Quality", "parent_id": cls.cat_product.id}
        )
        targets = [(0, 0, {"kind": "first_response", "hours": 8})]
        cls.general = cls.env["csd.sla.policy"].create(
            {"name": "Everything", "target_ids": targets}
        )
        cls.product = cls.env["csd.sla.policy"].create(
            {
                "name": "Product complaints",
                "ticket_type": "complaint",
                "category_ids": [(6, 0, cls.cat_product.ids)],
                "target_ids": targets,
            }
        )
        cls.urgent = cls.env["csd.sla.policy"].create(
            {
                "name": "Urgent",
                "severity": "urgent",
                "target_ids": [(0, 0, {"kind": "first_response", "hours": 1})],
            }
        )

    def test_most_specific_wins_including_sub_categories(self):
        ticket = self.make_ticket(category_id=self.cat_quality.id)
        self.assertEqual(ticket.sla_policy_id, self.product)
        self.assertIn("Product", ticket.sla_policy_reason)
        self.assertIn("3 matching", ticket.sla_policy_reason)
        inquiry = self.make_ticket(ticket_type="inquiry")
        self.assertEqual(inquiry.sla_policy_id, self.general)

    def test_tie_broken_by_sequence_then_id(self):
        # "Complaints" (type) and "Urgent" (severity) are equally specific
        ticket = self.make_ticket(severity="urgent")
        first = min(self.policy | self.urgent, key=lambda p: (p.sequence, p.id))
        self.assertEqual(ticket.sla_policy_id, first)
        self.urgent.sequence = self.policy.sequence - 1
        ticket.severity = "normal"
        ticket.severity = "urgent"
        self.assertEqual(ticket.sla_policy_id, self.urgent)

    def test_customer_tier_and_channel(self):
        channel = self.env["helpdesk.ticket.channel"].create({"name": "Hotline"})
        vip = self.env["csd.sla.policy"].create(
            {
                "name": "Key accounts on the hotline",
                "customer_tier": "key_account",
                "channel_ids": [(6, 0, channel.ids)],
                "target_ids": [(0, 0, {"kind": "first_response", "hours": 1})],
            }
        )
        ticket = self.make_ticket(ticket_type="inquiry", channel_id=channel.id)
        self.assertEqual(ticket.sla_policy_id, self.general)
        ticket.partner_id = self.key_customer
        self.assertEqual(ticket.sla_policy_id, vip)

    def test_change_rematches_recomputes_and_is_tracked(self):
        with self.at("2026-11-23 09:00:00"):
            ticket = self.make_ticket(ticket_type="inquiry")
            self.flush_tracking()
        self.assertEqual(ticket.sla_policy_id, self.general)
        self.assertEqual(self.line(ticket).deadline, self.dt("2026-11-23 17:00:00"))
        with self.at("2026-11-23 10:00:00"):
            ticket.ticket_type = "complaint"
            self.flush_tracking()
        self.assertEqual(ticket.sla_policy_id, self.policy)
        self.assertEqual(self.line(ticket).deadline, self.dt("2026-11-23 13:00:00"))
        tracked = ticket.message_ids.tracking_value_ids.filtered(
            lambda v: v.field_id.name == "sla_policy_id"
        )
        self.assertEqual(tracked.old_value_char, "Everything")
        self.assertEqual(tracked.new_value_char, "Complaints")

    def test_team_change_moves_to_team_calendar(self):
        other = self.env["helpdesk.ticket.team"].create(
            {"name": "Hotline 7x24", "resource_calendar_id": self.calendar_7x24.id}
        )
        with self.at("2026-11-20 17:30:00"):
            ticket = self.make_ticket()
            self.assertEqual(self.line(ticket).deadline, self.dt("2026-11-23 12:30:00"))
            ticket.team_id = other
        self.assertEqual(self.line(ticket).deadline, self.dt("2026-11-20 21:30:00"))

    def test_no_policy_no_targets(self):
        (self.general | self.policy | self.urgent | self.product).active = False
        ticket = self.make_ticket()
        self.assertFalse(ticket.sla_policy_id)
        self.assertFalse(ticket.sla_line_ids)

    def test_specialist_works_tickets_but_not_policies(self):
        Ticket = self.env["helpdesk.ticket"].with_user(self.agent)
        with self.at("2026-11-23 09:00:00"):
            ticket = Ticket.create(
                {
                    "name": "Call back",
                    "description": "<p>Call back</p>",
                    "team_id": self.team.id,
                    "ticket_type": "complaint",
                    "partner_id": self.customer.id,
                }
            )
        self.assertEqual(ticket.sla_policy_id, self.policy)
        with self.at("2026-11-23 10:00:00"):
            ticket.stage_id = self.stage_done
        self.assertEqual(ticket.sla_state, "met")
        self.assertEqual(ticket.sla_line_ids.mapped("state"), ["met", "met"])
        with self.assertRaises(AccessError):
            self.policy.with_user(self.agent).write({"warning_percent": 50})
