from datetime import timedelta

from odoo import fields
from odoo.tests import tagged

from .common_customer import CsdCustomerCase


@tagged("post_install", "-at_install")
class TestSatisfaction(CsdCustomerCase):
    def test_invitations_link_customer_record_and_employee(self):
        visit = self.env["csd.return.visit"].create({"partner_id": self.customer.id})
        other = self.Partner.create({"name": "广州顺达物流", "email": "sd@example.com"})
        answers = self.survey.with_user(self.specialist)._csd_invite(
            self.customer | other, record=visit, employee=self.employee
        )
        self.assertEqual(answers.partner_id, self.customer | other)
        self.assertEqual(set(answers.mapped("res_model")), {"csd.return.visit"})
        self.assertEqual(set(answers.mapped("res_id")), {visit.id})
        self.assertEqual(answers.employee_id, self.employee)
        mails = self.env["mail.mail"].search(
            [("recipient_ids", "in", (self.customer | other).ids)]
        )
        self.assertEqual(len(mails), 2, "one invitation each")
        self.assertIn(
            answers[0].access_token,
            mails.filtered(
                lambda m: answers[0].partner_id in m.recipient_ids
            ).body_html,
        )

    def test_answer_linked_to_a_visit_raises_employee_and_customer(self):
        today = fields.Date.today()
        visit = self.env["csd.return.visit"].create({"partner_id": self.customer.id})
        self.answer_survey(self.customer, 2, 5, record=visit, employee=self.employee)
        figures = self.env["survey.user_input"]._csd_satisfaction_figures(
            today - timedelta(days=1), today, [self.employee.id, 0]
        )
        self.assertEqual(figures, {self.employee.id: 25.0, 0: None})
        self.assertEqual(self.customer.satisfaction_score, 25.0)

        answer = self.answer_survey(
            self.customer, 5, 10, record=visit, employee=self.employee
        )
        self.assertEqual(answer.satisfaction_score, 100)
        self.assertEqual(answer.nps_group, "promoter")
        figures = self.env["survey.user_input"]._csd_satisfaction_figures(
            today, today, [self.employee.id]
        )
        self.assertEqual(figures[self.employee.id], 62.5)
        self.customer.invalidate_recordset(["satisfaction_score"])
        self.assertEqual(self.customer.satisfaction_score, 62.5)
        visit.invalidate_recordset(["survey_answer_ids"])
        self.assertEqual(len(visit.survey_answer_ids), 2)
        self.assertIn(answer, visit.survey_answer_ids)

    def test_nps_stage_and_repurchase_roll_up(self):
        ref = self.env.ref
        promoter = self.answer_survey(self.customer, 5, 9)
        self.answer_survey(self.customer, 4, 8)
        detractor = self.answer_survey(self.customer, 1, 3)
        self.assertEqual(detractor.nps_group, "detractor")
        stages = ref("csd_management.survey_question_stages")
        promoter._save_lines(
            stages,
            {
                ref("csd_management.survey_row_stage_presales").id: [
                    ref("csd_management.survey_column_stage_5").id
                ],
                ref("csd_management.survey_row_stage_after_sales").id: [
                    ref("csd_management.survey_column_stage_2").id
                ],
            },
        )
        promoter._save_lines(
            ref("csd_management.survey_question_repurchase"),
            ref("csd_management.survey_answer_repurchase_4").id,
        )
        self.assertEqual(promoter.stage_satisfaction_score, 62.5)
        self.assertEqual(promoter.repurchase_score, 75)
        [(nps, count)] = self.env["survey.user_input"]._read_group(
            [("customer_id", "=", self.customer.id), ("state", "=", "done")],
            [],
            ["nps_value:avg", "__count"],
        )
        # 1 promoter, 1 passive, 1 detractor out of 3: NPS 0
        self.assertEqual((nps, count), (0, 3))

    def test_bulk_invitation_from_the_customer_list(self):
        others = self.Partner.create(
            [
                {"name": "苏州立信精密", "email": "lx@example.com"},
                {"name": "无邮箱客户"},
            ]
        )
        customers = self.customer | others
        action = self.env.ref("csd_management.action_server_partner_send_survey")
        result = (
            action.with_user(self.specialist)
            .with_context(active_model="res.partner", active_ids=customers.ids)
            .run()
        )
        self.assertEqual(result["params"]["type"], "success")
        answers = self.env["survey.user_input"].search(
            [("survey_id", "=", self.survey.id), ("partner_id", "in", customers.ids)]
        )
        self.assertEqual(answers.partner_id, self.customer | others[0])

    def test_survey_ships_in_chinese(self):
        # what Settings > Languages > Update does for the installed languages
        self.env["ir.module.module"]._load_module_terms(
            ["csd_management"], ["zh_CN", "zh_TW"]
        )
        survey = self.survey.with_context(lang="zh_CN")
        self.assertEqual(survey.title, "客户满意度调查")
        self.assertEqual(
            self.survey.with_context(lang="zh_TW").question_ids[:1].title,
            "整體而言，您對我們的服務滿意嗎？",
        )

    def test_answer_linked_to_a_ticket_raises_employee_and_customer(self):
        if "helpdesk.ticket" not in self.env:
            self.skipTest("tickets come with csd_complaints")
        today = fields.Date.today()
        ticket = self.env["helpdesk.ticket"].create(
            {
                "name": "空调维修后仍漏水",
                "description": "客户投诉",
                "partner_id": self.customer.id,
                "user_id": self.specialist.id,
            }
        )
        UserInput = self.env["survey.user_input"]
        self.answer_survey(self.customer, 3, 6, employee=self.employee)
        before = UserInput._csd_satisfaction_figures(today, today, [self.employee.id])
        customer_before = self.customer.satisfaction_score
        answer = self.answer_survey(
            self.customer, 5, 10, record=ticket, employee=self.employee
        )
        self.assertEqual(
            (answer.res_model, answer.res_id), ("helpdesk.ticket", ticket.id)
        )
        after = UserInput._csd_satisfaction_figures(today, today, [self.employee.id])
        self.assertGreater(after[self.employee.id], before[self.employee.id])
        self.customer.invalidate_recordset(["satisfaction_score"])
        self.assertGreater(self.customer.satisfaction_score, customer_before)
