from odoo.tests import TransactionCase, new_test_user


class CsdCustomerCase(TransactionCase):
    """Customers, staff and the satisfaction survey as a department has them."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=False))
        cls.Partner = cls.env["res.partner"]
        cls.manager = new_test_user(
            cls.env, login="crm_mgr", groups="csd_management.group_csd_manager"
        )
        cls.specialist = new_test_user(
            cls.env,
            login="crm_spec",
            groups="csd_management.group_csd_specialist",
            email="crm_spec@example.com",
        )
        cls.specialist2 = new_test_user(
            cls.env,
            login="crm_spec2",
            groups="csd_management.group_csd_specialist,base.group_allow_export",
        )
        cls.salesperson = new_test_user(
            cls.env,
            login="crm_sales",
            groups="sales_team.group_sale_salesman,base.group_allow_export",
        )
        cls.employee = cls.env["hr.employee"].create(
            {"name": "客服专员 测试", "user_id": cls.specialist.id}
        )
        cls.customer = cls.Partner.create(
            {
                "name": "上海明德贸易有限公司",
                "is_company": True,
                "email": "info@mingde.example.com",
                "account_manager_id": cls.specialist.id,
                "customer_stage": "current",
            }
        )
        cls.survey = cls.env.ref("csd_management.survey_customer_satisfaction")

    def set_param(self, key, value):
        self.env["ir.config_parameter"].sudo().set_param(f"csd_management.{key}", value)

    def answer_survey(
        self, partner, overall, recommendation, record=None, employee=None
    ):
        """`partner` answers the satisfaction survey: `overall` is the xmlid
        suffix of the overall choice (1-5), `recommendation` 0-10."""
        answer = self.survey._csd_invite(partner, record=record, employee=employee)
        ref = self.env.ref
        answer._save_lines(
            ref("csd_management.survey_question_overall"),
            ref(f"csd_management.survey_answer_overall_{overall}").id,
        )
        answer._save_lines(
            ref("csd_management.survey_question_recommendation"), str(recommendation)
        )
        answer._mark_done()
        return answer
