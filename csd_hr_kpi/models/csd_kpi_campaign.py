from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import UserError

from .csd_kpi_evaluation import PERIOD_TYPES


def _last_month_start():
    return fields.Date.today() + relativedelta(months=-1, day=1)


class CsdKpiCampaign(models.Model):
    """A period's evaluations of a department, created in one action."""

    _name = "csd.kpi.campaign"
    _description = "Evaluation Campaign"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "date_from desc, id desc"

    name = fields.Char(required=True, tracking=True)
    period_type = fields.Selection(
        PERIOD_TYPES, string="Period", required=True, default="monthly"
    )
    date_from = fields.Date(required=True, default=_last_month_start)
    date_to = fields.Date(
        required=True,
        default=lambda self: _last_month_start() + relativedelta(months=1, days=-1),
    )
    department_id = fields.Many2one(
        "hr.department",
        required=True,
        default=lambda self: self.env.ref(
            "csd_management.dep_customer_service", raise_if_not_found=False
        ),
        help="Every employee of this department and its sub-departments whose "
        "position has a template is evaluated.",
    )
    state = fields.Selection(
        [("draft", "Draft"), ("open", "In progress"), ("done", "Done")],
        default="draft",
        required=True,
        tracking=True,
    )
    evaluation_ids = fields.One2many("csd.kpi.evaluation", "campaign_id")
    evaluation_count = fields.Integer(compute="_compute_counts")
    locked_count = fields.Integer(compute="_compute_counts")
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )

    @api.depends("evaluation_ids.state")
    def _compute_counts(self):
        for campaign in self:
            campaign.evaluation_count = len(campaign.evaluation_ids)
            campaign.locked_count = len(
                campaign.evaluation_ids.filtered(lambda e: e.state == "locked")
            )

    @api.onchange("period_type", "date_from")
    def _onchange_period(self):
        if self.date_from:
            if self.period_type == "annual":
                self.date_from = self.date_from + relativedelta(month=1, day=1)
                self.date_to = self.date_from + relativedelta(years=1, days=-1)
            else:
                self.date_to = self.date_from + relativedelta(months=1, day=1, days=-1)

    @api.constrains("date_from", "date_to")
    def _check_dates(self):
        if any(c.date_from > c.date_to for c in self):
            raise UserError(self.env._("A campaign cannot end before it starts."))

    def _evaluator(self, employee):
        """Monthly: the supervisor (manager of the employee); annual: the
        department's manager."""
        manager = employee.department_id.manager_id
        if manager == employee:
            manager = employee.parent_id
        supervisor = employee.parent_id or manager
        evaluator = supervisor if self.period_type == "monthly" else manager
        return evaluator.user_id or self.env.user

    def _approver(self, evaluator):
        employee = evaluator.employee_id
        approver = (employee.parent_id or employee.department_id.manager_id).user_id
        return approver if approver != evaluator else self.env.user.browse()

    def action_generate_evaluations(self):
        """Create the evaluations of every employee of the department, with
        the computed KPIs filled from the period's data."""
        Evaluation = self.env["csd.kpi.evaluation"]
        for campaign in self:
            employees = self.env["hr.employee"].search(
                [
                    ("department_id", "child_of", campaign.department_id.id),
                    ("company_id", "=", campaign.company_id.id),
                ]
            )
            templates = self.env["csd.kpi.template"].search(
                [
                    ("job_id", "in", employees.job_id.ids),
                    ("period_type", "=", campaign.period_type),
                    ("company_id", "=", campaign.company_id.id),
                ]
            )
            template_of = {t.job_id.id: t for t in templates}
            evaluated = (
                Evaluation.sudo()
                .search(
                    [
                        ("employee_id", "in", employees.ids),
                        ("period_type", "=", campaign.period_type),
                        ("date_from", "<=", campaign.date_to),
                        ("date_to", ">=", campaign.date_from),
                    ]
                )
                .employee_id
            )
            todo = employees.filtered(
                lambda e, t=template_of, done=evaluated: e.job_id.id in t
                and e not in done
            )
            skipped = employees - todo - evaluated
            values = Evaluation._computed_values(
                templates.line_ids.kpi_id, todo, campaign.date_from, campaign.date_to
            )
            penalties = Evaluation._penalties(
                todo, campaign.date_from, campaign.date_to
            )
            vals_list = []
            for employee in todo:
                template = template_of[employee.job_id.id]
                evaluator = campaign._evaluator(employee)
                lines = []
                for tline in template.line_ids:
                    value = values.get((tline.kpi_id.id, employee.id))
                    lines.append(
                        {
                            "kpi_id": tline.kpi_id.id,
                            "sequence": tline.sequence,
                            "weight": tline.weight,
                            "value": value or 0.0,
                            "value_set": value is not None,
                        }
                    )
                vals_list.append(
                    {
                        "campaign_id": campaign.id,
                        "employee_id": employee.id,
                        "department_id": employee.department_id.id,
                        "job_id": employee.job_id.id,
                        "template_id": template.id,
                        "period_type": campaign.period_type,
                        "date_from": campaign.date_from,
                        "date_to": campaign.date_to,
                        "evaluator_id": evaluator.id,
                        "approver_id": campaign._approver(evaluator).id,
                        "penalty_amount": penalties.get(employee.id) or 0.0,
                        "company_id": campaign.company_id.id,
                        "line_ids": [(0, 0, line) for line in lines],
                    }
                )
            created = Evaluation.create(vals_list)
            for evaluator, evaluations in created.grouped("evaluator_id").items():
                evaluations[:1].activity_schedule(
                    "mail.mail_activity_data_todo",
                    user_id=evaluator.id,
                    summary=self.env._("Score %s evaluations", len(evaluations)),
                    note=", ".join(evaluations.mapped("employee_id.name")),
                )
            campaign.state = "open"
            body = self.env._("%s evaluations created.", len(created))
            if skipped:
                body += " " + self.env._(
                    "No template for the position of: %s.",
                    ", ".join(skipped.mapped("name")),
                )
            campaign.message_post(body=body)
        return True

    def action_done(self):
        for campaign in self:
            if campaign.evaluation_ids.filtered(lambda e: e.state != "locked"):
                raise UserError(
                    self.env._(
                        "Lock every evaluation of %s before closing it.", campaign.name
                    )
                )
        self.state = "done"
        return True

    def action_view_evaluations(self):
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "csd_hr_kpi.action_csd_kpi_evaluation"
        )
        action["domain"] = [("campaign_id", "in", self.ids)]
        action["context"] = {"default_campaign_id": self.id}
        return action
