from datetime import date, timedelta

from odoo import fields
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import TransactionCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestEmergency(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.supervisor = new_test_user(
            cls.env, "em_sup", groups="csd_management.group_csd_supervisor"
        )
        cls.specialist = new_test_user(
            cls.env, "em_spec", groups="csd_management.group_csd_specialist"
        )
        cls.emp = cls.env["hr.employee"].create({"name": "Sun Drill"})
        cls.plan = cls.env.ref("csd_management.emergency_plan_network_failure")

    def test_seeded_plans(self):
        plans = self.env["csd.emergency.plan"].search([])
        self.assertLessEqual(
            {
                "natural_disaster",
                "network_failure",
                "system_failure",
                "major_complaint",
            },
            set(plans.mapped("incident_type")),
        )
        for plan in plans.filtered(lambda p: p.incident_type != "other"):
            self.assertTrue(plan.organisation)
            self.assertTrue(plan.role_ids.job_id)
            self.assertGreaterEqual(len(plan.step_ids), 3)
        major = self.env.ref("csd_management.emergency_plan_major_complaint")
        self.assertEqual(major.with_context(lang="zh_CN").name, "重大投诉应急预案")
        self.assertEqual(major.with_context(lang="zh_TW").name, "重大客訴應變計畫")

    def test_drill_scheduled_and_recorded(self):
        drills_before = self.plan.drill_count
        Drill = self.env["csd.emergency.drill"].with_user(self.supervisor)
        drill = Drill.create(
            {
                "name": "Network drill Q2",
                "plan_id": self.plan.id,
                "date_planned": date.today() + timedelta(days=7),
            }
        )
        self.assertEqual(self.plan.drill_count, drills_before + 1)
        with self.assertRaises(UserError):
            drill.action_done()  # no findings, no participants
        drill.write(
            {
                "participant_ids": [(6, 0, self.emp.ids)],
                "findings": "Paper forms ran out after 20 minutes.",
                "improvement_actions": "Keep 200 forms at each desk.",
            }
        )
        drill.action_done()
        self.assertEqual(drill.state, "done")
        self.assertEqual(self.plan.last_drill_date, fields.Date.context_today(drill))
        with self.assertRaises(UserError):
            drill.unlink()
        with self.assertRaises(UserError):
            drill.action_cancel()
        # specialists read drills but do not schedule them
        self.assertTrue(drill.with_user(self.specialist).findings)
        with self.assertRaises(AccessError):
            self.env["csd.emergency.drill"].with_user(self.specialist).create(
                {"name": "x", "plan_id": self.plan.id, "date_planned": date.today()}
            )

    def test_incident_timeline_and_review(self):
        incident = (
            self.env["csd.emergency.incident"]
            .with_user(self.supervisor)
            .create(
                {
                    "name": "Call centre offline",
                    "plan_id": self.plan.id,
                    "date_start": fields.Datetime.now() - timedelta(hours=1),
                }
            )
        )
        # activation logged at the time the incident started
        self.assertEqual(incident.event_ids.date, incident.date_start)
        incident.write(
            {
                "event_ids": [
                    (
                        0,
                        0,
                        {
                            "description": "Switched to paper forms",
                            "employee_id": self.emp.id,
                        },
                    )
                ]
            }
        )
        with self.assertRaises(ValidationError):
            incident.write(
                {
                    "event_ids": [
                        (
                            0,
                            0,
                            {
                                "description": "Before it started",
                                "date": incident.date_start - timedelta(hours=2),
                            },
                        )
                    ]
                }
            )
        with self.assertRaises(UserError):
            incident.action_review()
        incident.action_resolve()
        self.assertTrue(incident.date_end)
        with self.assertRaises(UserError):
            incident.action_review()  # no review written
        incident.review = "The backup line was not tested; test it monthly."
        incident.action_review()
        self.assertEqual(incident.state, "reviewed")
        self.assertEqual(len(incident.event_ids), 4)
        self.assertIn(incident, self.plan.incident_ids)
        with self.assertRaises(UserError):
            incident.unlink()
