from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .common import CsdKpiCase


@tagged("post_install", "-at_install")
class TestKpiConfig(CsdKpiCase):
    def test_linear_and_threshold_scales(self):
        resolution = self.env.ref("csd_hr_kpi.kpi_resolution_rate")  # 60 -> 95
        self.assertEqual(resolution._score(95), 100)
        self.assertEqual(resolution._score(60), 0)
        self.assertEqual(resolution._score(77.5), 50)
        self.assertEqual(resolution._score(100), 100)
        complaints = self.env.ref("csd_hr_kpi.kpi_complaint_rate")  # lower: 30 -> 5
        self.assertEqual(complaints._score(5), 100)
        self.assertEqual(complaints._score(17.5), 50)
        self.assertEqual(complaints._score(40), 0)
        response = self.env.ref("csd_hr_kpi.kpi_first_response_time")
        self.assertEqual(response._score(0.5), 100)
        self.assertEqual(response._score(3), 80)
        self.assertEqual(response._score(30), 0)
        # The scale is configuration: moving the target changes the score.
        resolution.target_value = 80
        self.assertEqual(resolution._score(70), 50)

    def test_seeded_templates_cover_the_handbook_positions(self):
        for job in ("specialist", "supervisor", "manager"):
            templates = self.env["csd.kpi.template"].search(
                [("job_id", "=", self.env.ref(f"csd_management.job_csd_{job}").id)]
            )
            self.assertEqual(
                set(templates.mapped("period_type")), {"monthly", "annual"}, job
            )
            for template in templates:
                self.assertEqual(template.total_weight, 100)
        specialist = self.env.ref("csd_hr_kpi.template_specialist_monthly")
        self.assertEqual(
            set(specialist.line_ids.kpi_id.mapped("category")),
            {"result", "attitude", "ability"},
        )

    def test_weights_must_add_up_to_100(self):
        with self.assertRaisesMessage(ValidationError, "add up to 90"):
            self.template.line_ids[0].weight = 20
        with self.assertRaisesMessage(ValidationError, "add up to 110"):
            self.env["csd.kpi.template"].create(
                {
                    "name": "Too heavy",
                    "job_id": self.job_supervisor.id,
                    "line_ids": [
                        (0, 0, {"kpi_id": self.kpi_initiative.id, "weight": 60}),
                        (0, 0, {"kpi_id": self.kpi_teamwork().id, "weight": 50}),
                    ],
                }
            )

    def kpi_teamwork(self):
        return self.env.ref("csd_hr_kpi.kpi_teamwork")

    def test_overlapping_grade_bands_refused(self):
        with self.assertRaisesMessage(ValidationError, "overlap"):
            self.env["csd.kpi.grade"].create(
                {"name": "A+", "code": "A+", "min_score": 85, "max_score": 100}
            )
        # Moving a band boundary without overlap is fine.
        self.env.ref("csd_hr_kpi.grade_a").min_score = 92
        with self.assertRaisesMessage(ValidationError, "overlap"):
            self.env.ref("csd_hr_kpi.grade_b").max_score = 95

    def test_score_outside_scale_refused(self):
        campaign = self._campaign()
        campaign.action_generate_evaluations()
        evaluation = self._evaluation_of(campaign, self.specialist)
        line = evaluation.line_ids.filtered(lambda x: x.kpi_id == self.kpi_initiative)
        with self.assertRaisesMessage(ValidationError, "outside the scale"):
            line.value = 120
        line.value = 100
        self.assertEqual(line.score, 100)

    def test_bonus_rule_share_cap_and_fixed_base(self):
        contract = self.specialist.contract_id
        rule = self.env.ref("csd_hr_kpi.bonus_rule_monthly_a")  # 20 %, cap 3000
        self.assertEqual(rule._bonus(contract), 1200)
        contract.wage = 20000
        self.assertEqual(rule._bonus(contract), 3000)
        rule.write({"base_type": "fixed", "base_amount": 5000, "cap_amount": 0})
        self.assertEqual(rule._bonus(contract), 1000)
        with self.assertRaises(ValidationError):
            rule.share = -5
