from dateutil.relativedelta import relativedelta

from odoo import fields
from odoo.tests import tagged

from .common import CsdKpiCase


@tagged("post_install", "-at_install")
class TestKpiFigures(CsdKpiCase):
    """A specialist's month of tickets, survey answers and a penalty notice,
    turned into KPI values, a grade, a bonus and a payslip."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # Tickets and answers are stamped with the current time: evaluate
        # the current month.
        cls.date_from = fields.Date.today() + relativedelta(day=1)
        cls.date_to = cls.date_from + relativedelta(months=1, days=-1)
        ref = cls.env.ref
        cls.env.company.csd_second_complaint_days = 30
        cls.kpis = {
            code: ref(f"csd_hr_kpi.kpi_{code}")
            for code in (
                "inquiry_volume",
                "complaint_rate",
                "resolution_rate",
                "first_contact_resolution",
                "second_complaint_rate",
                "recovery_cost",
                "satisfaction",
                "initiative",
            )
        }
        weights = {"satisfaction": 20, "initiative": 20}
        cls.template.active = False
        cls.env["csd.kpi.template"].create(
            {
                "name": "Specialist with figures (test)",
                "job_id": cls.job_specialist.id,
                "line_ids": [
                    (0, 0, {"kpi_id": kpi.id, "weight": weights.get(code, 10)})
                    for code, kpi in cls.kpis.items()
                ],
            }
        )
        team = cls.env["helpdesk.ticket.team"].create(
            {
                "name": "KPI desk",
                "user_ids": [(6, 0, cls.specialist_user.ids)],
            }
        )
        customer = cls.env["res.partner"].create(
            {"name": "Huaxin Trading", "email": "hx@example.com"}
        )
        category = cls.env["helpdesk.ticket.category"].create({"name": "Quality"})
        closed = cls.env["helpdesk.ticket.stage"].search(
            [("closed", "=", True)], limit=1
        )

        def ticket(ticket_type, close=True):
            record = cls.env["helpdesk.ticket"].create(
                {
                    "name": f"{ticket_type} of Huaxin",
                    "description": "<p>Call from Huaxin.</p>",
                    "team_id": team.id,
                    "partner_id": customer.id,
                    "user_id": cls.specialist_user.id,
                    "ticket_type": ticket_type,
                    "category_id": category.id,
                }
            )
            if close:
                record.stage_id = closed
            return record

        # 10 tickets: 6 inquiries, 2 complaints (the second one a 二次投诉),
        # 2 repairs; 8 closed on the spot.
        for _i in range(6):
            ticket("inquiry")
        first_complaint = ticket("complaint")
        ticket("complaint", close=False)
        ticket("repair")
        ticket("repair", close=False)
        first_complaint.recovery_ids = [
            (0, 0, {"remedy_type": "compensation", "amount": 80.0})
        ]
        first_complaint.recovery_ids.action_confirm()
        # Two customers rate the specialist: very satisfied (100), satisfied (75).
        survey = ref("csd_management.survey_customer_satisfaction")
        for choice in (5, 4):
            answer = survey._csd_invite(customer, employee=cls.specialist)
            answer._save_lines(
                ref("csd_management.survey_question_overall"),
                ref(f"csd_management.survey_answer_overall_{choice}").id,
            )
            answer._save_lines(
                ref("csd_management.survey_question_recommendation"), "9"
            )
            answer._mark_done()
        penalty = cls.env["csd.complaint.penalty"].create(
            {
                "employee_id": cls.specialist.id,
                "kind": "notice",
                "amount": 50.0,
                "reason": "Told a customer to call back later",
            }
        )
        penalty.action_submit()
        penalty.with_user(cls.manager_user).action_approve()

    def test_month_of_work_gives_kpis_grade_bonus_and_pay(self):
        campaign = self._campaign()
        campaign.with_user(self.hr_user).action_generate_evaluations()
        evaluation = self._evaluation_of(campaign, self.specialist)
        lines = {line.kpi_id: line for line in evaluation.line_ids}
        expected = {
            # code: (value, score)
            "inquiry_volume": (6, 3),  # 6 of a 200 target
            "complaint_rate": (20, 40),  # 2 of 10; 30 % scores 0, 5 % scores 100
            "resolution_rate": (80, 57.14),  # 8 of 10; 60 % -> 0, 95 % -> 100
            "first_contact_resolution": (80, 100),  # target 80 %
            "second_complaint_rate": (50, 0),  # 1 of 2 complaints, floor 20 %
            "recovery_cost": (80, 98.4),  # 80 yuan of a 5000 floor
            "satisfaction": (87.5, 78.57),  # (100 + 75) / 2; 60 -> 0, 95 -> 100
        }
        for code, (value, score) in expected.items():
            line = lines[self.kpis[code]]
            self.assertTrue(line.value_set, code)
            self.assertAlmostEqual(line.value, value, places=2, msg=code)
            self.assertAlmostEqual(line.score, score, places=2, msg=code)
        self.assertEqual(evaluation.penalty_amount, 50)
        self._score(evaluation, {self.kpis["initiative"]: 90}, self.supervisor_user)
        # (3 + 40 + 57.14 + 100 + 0 + 98.4) x 10 % + (78.57 + 90) x 20 %
        self.assertAlmostEqual(evaluation.total_score, 63.57, places=2)
        self.assertEqual(evaluation.grade_id, self.env.ref("csd_hr_kpi.grade_c"))
        self.assertEqual(evaluation.bonus_amount, 200)
        evaluation.fine_item_ids = [
            (
                0,
                0,
                {
                    "fine_type_id": self.env.ref(
                        "csd_hr_kpi.fine_type_forbidden_phrase"
                    ).id,
                    "quantity": 1,
                },
            )
        ]
        self.assertEqual(evaluation.fine_amount, 70)  # notice 50 + one phrase 20
        evaluation.with_user(self.supervisor_user).action_submit()
        evaluation.with_user(self.manager_user).action_approve()
        evaluation.with_user(self.hr_user).action_lock()

        run = self.env["hr.payslip.run"].create(
            {"name": "Payroll", "date_start": self.date_from, "date_end": self.date_to}
        )
        self.env["hr.payslip.employees"].create(
            {"employee_ids": [(6, 0, self.specialist.ids)]}
        ).with_context(active_id=run.id).compute_sheet()
        slip = run.slip_ids
        net = slip.line_ids.filtered(lambda x: x.code == "TNET")
        self.assertEqual(net.total, 6000 + 200 - 70)
        slip.action_payslip_done()
        self.assertTrue(evaluation.paid)
