from odoo import fields, models
from odoo.exceptions import UserError


class SurveySurvey(models.Model):
    _inherit = "survey.survey"

    is_customer_satisfaction = fields.Boolean(
        string="Customer Satisfaction Survey",
        help="Customer-service staff may send this survey and read its answers.",
    )

    def _csd_invite(self, partners, record=None, employee=None):
        """Invite `partners` by e-mail to answer this survey, each answer
        linked to the business record and the employee being rated.
        Returns the created answers."""
        self.ensure_one()
        self.check_access("read")
        partners = partners.filtered("email")
        if not partners:
            raise UserError(
                self.env._("None of these customers has an e-mail address.")
            )
        links = {"employee_id": employee.id if employee else False}
        if record:
            links.update(res_model=record._name, res_id=record.id)
        # Whoever may read the survey may invite: the survey's own access rules
        # are meant for its authors.
        survey = self.sudo()
        answers = survey.env["survey.user_input"]
        for partner in partners:
            answers |= survey._create_answer(
                partner=partner, check_attempts=False, **links
            )
        # Odoo's own invitation wizard renders and sends each e-mail.
        invite = survey.env["survey.invite"].create(
            {
                "survey_id": self.id,
                "partner_ids": [(6, 0, partners.ids)],
                "template_id": self.env.ref(
                    "survey.mail_template_user_input_invite"
                ).id,
            }
        )
        for answer in answers:
            invite._send_mail(answer)
        return answers.with_env(self.env)
