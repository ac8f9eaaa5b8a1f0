from datetime import date

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import Form, tagged

from .common import CsdKpiCase


@tagged("post_install", "-at_install")
class TestEvaluationWorkflow(CsdKpiCase):
    def test_campaign_creates_the_department_evaluations(self):
        campaign = self._campaign()
        campaign.with_user(self.hr_user).action_generate_evaluations()
        # Positions without a monthly template are listed, not evaluated.
        self.assertEqual(
            campaign.evaluation_ids.employee_id, self.specialist | self.colleague
        )
        evaluation = self._evaluation_of(campaign, self.specialist)
        self.assertEqual(evaluation.evaluator_id, self.supervisor_user)
        self.assertEqual(evaluation.approver_id, self.manager_user)
        self.assertEqual(len(evaluation.line_ids), 4)
        self.assertEqual(evaluation.state, "draft")
        self.assertTrue(
            self.env["mail.activity"].search(
                [
                    ("res_model", "=", "csd.kpi.evaluation"),
                    ("user_id", "=", self.supervisor_user.id),
                ]
            )
        )
        # Running it again does not evaluate anyone twice.
        campaign.action_generate_evaluations()
        self.assertEqual(len(campaign.evaluation_ids), 2)
        with self.assertRaisesMessage(ValidationError, "already has an evaluation"):
            self.env["csd.kpi.evaluation"].create(
                {
                    "employee_id": self.specialist.id,
                    "period_type": "monthly",
                    "date_from": date(2026, 3, 1),
                    "date_to": date(2026, 3, 31),
                }
            )

    def test_scored_evaluation_gives_grade_and_bonus(self):
        evaluation = self._locked_evaluation(
            self.specialist,
            {
                self.kpi_initiative: 90,
                self.kpi_responsibility: 80,
                self.kpi_communication: 70,
                self.kpi_fines: 1,
            },
            fines=2,
        )
        # 0.3*90 + 0.3*80 + 0.2*70 + 0.2*80 (one fine scores 80)
        self.assertEqual(evaluation.total_score, 81)
        self.assertEqual(evaluation.grade_id, self.env.ref("csd_hr_kpi.grade_b"))
        self.assertEqual(evaluation.bonus_amount, 600)  # 10 % of 6000
        self.assertEqual(evaluation.fine_amount, 40)  # 2 forbidden phrases x 20
        self.assertEqual(evaluation.state, "locked")

    def test_workflow_rights_and_multi_records(self):
        campaign = self._campaign()
        campaign.with_user(self.hr_user).action_generate_evaluations()
        evaluations = campaign.evaluation_ids
        with self.assertRaisesMessage(UserError, "Score every KPI"):
            evaluations.with_user(self.supervisor_user).action_submit()
        for evaluation in evaluations:
            self._score(
                evaluation,
                {
                    self.kpi_initiative: 80,
                    self.kpi_responsibility: 80,
                    self.kpi_communication: 80,
                    self.kpi_fines: 0,
                },
                user=self.supervisor_user,
            )
        with self.assertRaises(AccessError):
            evaluations.with_user(self.other_supervisor_user).action_submit()
        evaluations.with_user(self.supervisor_user).action_submit()
        self.assertEqual(set(evaluations.mapped("state")), {"submitted"})
        # The evaluator cannot approve their own work: the next level does.
        with self.assertRaises(AccessError):
            evaluations.with_user(self.supervisor_user).action_approve()
        evaluations.with_user(self.manager_user).action_approve()
        self.assertEqual(set(evaluations.mapped("state")), {"approved"})
        with self.assertRaises(AccessError):
            evaluations.with_user(self.manager_user).action_lock()
        evaluations.with_user(self.hr_user).action_lock()
        self.assertEqual(set(evaluations.mapped("state")), {"locked"})
        # Locked: scores cannot change any more.
        with self.assertRaisesMessage(UserError, "draft"):
            evaluations[0].line_ids[0].value = 10

    def test_employee_acknowledges_and_manager_reopens(self):
        evaluation = self._locked_evaluation(
            self.specialist,
            {
                self.kpi_initiative: 95,
                self.kpi_responsibility: 95,
                self.kpi_communication: 95,
                self.kpi_fines: 0,
            },
        )
        with self.assertRaises(AccessError):
            evaluation.with_user(self.colleague_user).action_acknowledge()
        evaluation.with_user(self.specialist_user).action_acknowledge()
        self.assertTrue(evaluation.acknowledged_date)
        # Only a manager reopens, and must say why.
        wizard = self.env["csd.kpi.evaluation.reopen"]
        with self.assertRaises(AccessError):
            wizard.with_user(self.hr_user).create(
                {"evaluation_ids": evaluation.ids, "reason": "typo"}
            ).action_reopen()
        form = Form(
            wizard.with_user(self.manager_user).with_context(active_ids=evaluation.ids)
        )
        form.reason = "Customer withdrew the complaint counted in March"
        form.save().action_reopen()
        self.assertEqual(evaluation.state, "draft")
        self.assertFalse(evaluation.acknowledged_date)
        self.env.flush_all()
        self.env.cr.precommit.run()  # the chatter records tracking at commit
        tracked = evaluation.message_ids.tracking_value_ids.filtered(
            lambda t: t.field_id.name == "reopen_reason"
        )
        self.assertIn("withdrew", tracked.new_value_text)

    def test_d_grade_raises_a_coaching_plan(self):
        evaluation = self._locked_evaluation(
            self.colleague,
            {
                self.kpi_initiative: 40,
                self.kpi_responsibility: 50,
                self.kpi_communication: 90,
                self.kpi_fines: 4,
            },
        )
        self.assertEqual(evaluation.grade_id, self.env.ref("csd_hr_kpi.grade_d"))
        self.assertEqual(evaluation.bonus_amount, 0)
        need = evaluation.training_need_ids
        self.assertEqual(need.source, "grade")
        self.assertEqual(need.employee_id, self.colleague)
        self.assertEqual(
            need.kpi_ids, self.kpi_initiative | self.kpi_responsibility | self.kpi_fines
        )

    def test_annual_evaluation_uses_the_monthly_results(self):
        self._locked_evaluation(
            self.specialist,
            {
                self.kpi_initiative: 90,
                self.kpi_responsibility: 80,
                self.kpi_communication: 70,
                self.kpi_fines: 1,
            },
        )  # 81
        april = self._campaign(
            name="April", date_from=date(2026, 4, 1), date_to=date(2026, 4, 30)
        )
        april.action_generate_evaluations()
        evaluation = self._evaluation_of(april, self.specialist)
        self._score(
            evaluation,
            {
                self.kpi_initiative: 70,
                self.kpi_responsibility: 70,
                self.kpi_communication: 70,
                self.kpi_fines: 0,
            },
        )  # 21 + 21 + 14 + 20 = 76
        evaluation.action_submit()
        evaluation.action_approve()
        evaluation.action_lock()
        monthly_results = self.env.ref("csd_hr_kpi.kpi_monthly_average")
        self.env["csd.kpi.template"].create(
            {
                "name": "Specialist, annual (test)",
                "job_id": self.job_specialist.id,
                "period_type": "annual",
                "line_ids": [
                    (0, 0, {"kpi_id": monthly_results.id, "weight": 80}),
                    (0, 0, {"kpi_id": self.kpi_initiative.id, "weight": 20}),
                ],
            }
        )
        annual = self._campaign(
            name="2026",
            period_type="annual",
            date_from=date(2026, 1, 1),
            date_to=date(2026, 12, 31),
        )
        annual.action_generate_evaluations()
        evaluation = self._evaluation_of(annual, self.specialist)
        self.assertEqual(evaluation.evaluator_id, self.manager_user)
        line = evaluation.line_ids.filtered(lambda x: x.kpi_id == monthly_results)
        self.assertEqual(line.value, 78.5)
        # The colleague had no locked month: left out, not scored 0.
        colleague_line = self._evaluation_of(annual, self.colleague).line_ids.filtered(
            lambda x: x.kpi_id == monthly_results
        )
        self.assertFalse(colleague_line.value_set)

    def test_campaign_closes_once_every_evaluation_is_locked(self):
        campaign = self._campaign()
        campaign.action_generate_evaluations()
        with self.assertRaisesMessage(UserError, "Lock every evaluation"):
            campaign.action_done()
        for evaluation in campaign.evaluation_ids:
            self._score(
                evaluation,
                {
                    self.kpi_initiative: 70,
                    self.kpi_responsibility: 70,
                    self.kpi_communication: 70,
                    self.kpi_fines: 0,
                },
            )
        campaign.evaluation_ids.action_submit()
        campaign.evaluation_ids.action_approve()
        campaign.evaluation_ids.action_lock()
        campaign.action_done()
        self.assertEqual(campaign.state, "done")
        self.assertEqual(campaign.locked_count, 2)
        with self.assertRaisesMessage(UserError, "Only draft evaluations"):
            campaign.evaluation_ids[0].unlink()
