import psycopg2

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import TransactionCase, new_test_user, tagged
from odoo.tools import mute_logger


@tagged("post_install", "-at_install")
class TestRulesLibrary(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.supervisor = new_test_user(
            cls.env, "rl_sup", groups="csd_management.group_csd_supervisor"
        )
        cls.spec_a = new_test_user(
            cls.env, "rl_spec_a", groups="csd_management.group_csd_specialist"
        )
        cls.spec_b = new_test_user(
            cls.env, "rl_spec_b", groups="csd_management.group_csd_specialist"
        )
        cls.job = cls.env["hr.job"].create({"name": "Duty officer"})
        cls.emp_a, cls.emp_b = cls.env["hr.employee"].create(
            [
                {"name": "Zhao A", "user_id": cls.spec_a.id, "job_id": cls.job.id},
                {"name": "Qian B", "user_id": cls.spec_b.id, "job_id": cls.job.id},
            ]
        )
        cls.chapter = cls.env.ref("csd_management.rule_chapter_complaints")
        cls.document = cls.env["csd.rule.document"].create(
            {
                "name": "Duty rules",
                "chapter_id": cls.chapter.id,
                "kind": "rule",
                "job_ids": [(6, 0, cls.job.ids)],
            }
        )

    def new_version(self, content="<p>Duty 18:00-19:00</p>"):
        return (
            self.env["csd.rule.version"]
            .with_user(self.supervisor)
            .create({"document_id": self.document.id, "content": content})
        )

    def put_in_force(self, version):
        version.with_user(self.supervisor).action_submit()
        version.with_user(self.supervisor).action_put_in_force()

    def test_seeded_chapters_as_drafts(self):
        chapters = self.env["csd.rule.chapter"].search([])
        self.assertGreaterEqual(len(chapters), 10)
        data = self.env["ir.model.data"].search(
            [
                ("module", "=", "csd_management"),
                ("model", "=", "csd.rule.document"),
                ("noupdate", "=", True),
                ("name", "not like", "%_demo"),
            ]
        )
        seeded = self.env["csd.rule.document"].browse(data.mapped("res_id"))
        self.assertEqual(len(seeded), 40)
        for chapter in chapters[:10]:
            self.assertEqual(
                set(
                    seeded.filtered(lambda d, c=chapter: d.chapter_id == c).mapped(
                        "kind"
                    )
                ),
                {"rule", "process", "evaluation", "form"},
            )
        self.assertEqual(set(seeded.version_ids.mapped("state")), {"draft"})
        self.assertFalse(seeded.current_version_id)
        complaints = self.env.ref("csd_management.rule_document_complaints_process")
        self.assertEqual(complaints.with_context(lang="zh_CN").name, "客户投诉管理流程")
        step = complaints.step_ids[0]
        self.assertTrue(step.job_id)
        self.assertGreater(step.time_limit_hours, 0)

    def test_workflow_and_single_version_in_force(self):
        v1 = self.new_version()
        self.assertEqual((v1.version_number, v1.state), (1, "draft"))
        with self.assertRaises(UserError):
            v1.with_user(self.supervisor).action_put_in_force()  # not reviewed
        self.put_in_force(v1)
        self.assertEqual(self.document.current_version_id, v1)
        v2 = self.new_version("<p>Duty 18:00-20:00</p>")
        self.assertEqual(v2.version_number, 2)
        v2.with_user(self.supervisor).action_submit()
        # forcing a second version in force by hand is refused
        with self.assertRaises(ValidationError):
            v2.write({"state": "in_force"})
        self.put_in_force_reviewed(v2)
        self.assertEqual(v1.state, "superseded")
        self.assertTrue(v1.date_superseded)
        self.assertEqual(self.document.current_version_id, v2)
        with self.assertRaises(UserError):
            v1.content = "<p>rewritten history</p>"
        with self.assertRaises(UserError):
            v1.unlink()

    def test_database_keeps_one_version_in_force(self):
        v1, v2 = self.new_version(), self.new_version()
        self.put_in_force(v1)
        with self.assertRaises(psycopg2.IntegrityError), mute_logger("odoo.sql_db"):
            with self.env.cr.savepoint():
                self.env.cr.execute(
                    "UPDATE csd_rule_version SET state = 'in_force' WHERE id = %s",
                    (v2.id,),
                )

    def put_in_force_reviewed(self, version):
        version.with_user(self.supervisor).action_put_in_force()

    def test_specialist_cannot_put_in_force_nor_read_drafts(self):
        version = self.new_version()
        version.with_user(self.supervisor).action_submit()
        with self.assertRaises(UserError):
            version.with_user(self.spec_a).action_put_in_force()
        visible = (
            self.env["csd.rule.version"]
            .with_user(self.spec_a)
            .search([("document_id", "=", self.document.id)])
        )
        self.assertFalse(visible)
        with self.assertRaises(AccessError):
            self.document.with_user(self.spec_a).write({"name": "Mine"})

    def test_acknowledgements_and_reset_on_new_version(self):
        v1 = self.new_version()
        self.put_in_force(v1)
        self.assertEqual(v1.acknowledgement_ids.employee_id, self.emp_a | self.emp_b)
        self.assertEqual(self.document.pending_employee_ids, self.emp_a | self.emp_b)
        # each person concerned is asked through an activity
        self.assertEqual(
            set(v1.activity_ids.mapped("user_id").ids), {self.spec_a.id, self.spec_b.id}
        )
        v1.with_user(self.spec_a).action_acknowledge()
        self.assertEqual(self.document.pending_employee_ids, self.emp_b)
        self.assertEqual(self.document.acknowledged_count, 1)
        self.assertEqual(v1.activity_ids.user_id, self.spec_b)
        # a specialist acknowledges only for themself
        ack_b = v1.acknowledgement_ids.filtered(lambda a: a.employee_id == self.emp_b)
        with self.assertRaises(AccessError):
            ack_b.with_user(self.spec_a).action_acknowledge()
        mine = self.env["csd.rule.acknowledgement"].with_user(self.spec_a).search([])
        self.assertEqual(mine.employee_id, self.emp_a)
        # a new version in force asks everyone again
        v2 = self.new_version("<p>new</p>")
        self.put_in_force(v2)
        self.assertEqual(self.document.pending_employee_ids, self.emp_a | self.emp_b)
        self.assertEqual(self.document.acknowledged_count, 0)
        self.assertFalse(v1.activity_ids)
        self.assertEqual(len(v2.activity_ids), 2)
        # the old acknowledgement stays on record
        self.assertEqual(
            v1.acknowledgement_ids.filtered(lambda a: a.state == "done").employee_id,
            self.emp_a,
        )
        with self.assertRaises(UserError):
            v1.acknowledgement_ids.with_user(self.supervisor).action_acknowledge()

    def test_concerned_by_department(self):
        department = self.env["hr.department"].create({"name": "Hotline"})
        self.emp_b.department_id = department
        self.document.write(
            {"job_ids": [(5, 0, 0)], "department_ids": [(6, 0, department.ids)]}
        )
        v1 = self.new_version()
        self.put_in_force(v1)
        self.assertEqual(v1.acknowledgement_ids.employee_id, self.emp_b)

    def test_process_links_to_where_odoo_runs_it(self):
        process = self.env.ref("csd_management.rule_document_organisation_process")
        process.process_action_id = self.env.ref("csd_management.action_csd_duty_swap")
        action = process.with_user(self.spec_a).action_open_process()
        self.assertEqual(action["res_model"], "csd.duty.swap")

    def test_newcomers_are_asked_too(self):
        v1 = self.new_version()
        self.put_in_force(v1)
        newcomer = self.env["hr.employee"].create(
            {"name": "Newcomer Sun", "job_id": self.job.id}
        )
        self.assertNotIn(newcomer, self.document.pending_employee_ids)
        self.env["csd.rule.document"]._cron_ask_newcomers()
        self.assertIn(newcomer, self.document.pending_employee_ids)
        # running it again asks nobody twice
        self.assertFalse(self.document.action_ask_newcomers())
        self.assertEqual(len(v1.acknowledgement_ids), 3)
