from contextlib import contextmanager
from datetime import date

from odoo.tests import TransactionCase, new_test_user


class CsdKpiCase(TransactionCase):
    """A small department: a manager, a supervisor and two specialists, a
    template of scored and entered KPIs, and a salary structure that pays
    the addon's bonus and fine rules."""

    date_from = date(2026, 3, 1)
    date_to = date(2026, 3, 31)

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=False))
        Employee = cls.env["hr.employee"]
        cls.hr_user = new_test_user(
            cls.env, login="kpi_hr", groups="csd_hr_kpi.group_csd_kpi_hr"
        )
        cls.manager_user = new_test_user(
            cls.env,
            login="kpi_manager",
            groups="csd_management.group_csd_manager",
        )
        cls.supervisor_user = new_test_user(
            cls.env,
            login="kpi_supervisor",
            groups="csd_management.group_csd_supervisor",
        )
        cls.other_supervisor_user = new_test_user(
            cls.env,
            login="kpi_supervisor2",
            groups="csd_management.group_csd_supervisor",
        )
        cls.specialist_user = new_test_user(
            cls.env, login="kpi_specialist", groups="base.group_user"
        )
        cls.colleague_user = new_test_user(
            cls.env, login="kpi_colleague", groups="base.group_user"
        )
        cls.department = cls.env["hr.department"].create({"name": "KPI test desk"})
        cls.job_manager = cls.env["hr.job"].create({"name": "KPI test manager"})
        cls.job_supervisor = cls.env["hr.job"].create({"name": "KPI test supervisor"})
        cls.job_specialist = cls.env["hr.job"].create({"name": "KPI test specialist"})
        cls.manager = Employee.create(
            {
                "name": "Manager Wang",
                "user_id": cls.manager_user.id,
                "department_id": cls.department.id,
                "job_id": cls.job_manager.id,
            }
        )
        cls.department.manager_id = cls.manager
        cls.supervisor = Employee.create(
            {
                "name": "Supervisor Li",
                "user_id": cls.supervisor_user.id,
                "department_id": cls.department.id,
                "job_id": cls.job_supervisor.id,
                "parent_id": cls.manager.id,
            }
        )
        cls.specialist = Employee.create(
            {
                "name": "Specialist Zhang",
                "user_id": cls.specialist_user.id,
                "department_id": cls.department.id,
                "job_id": cls.job_specialist.id,
                "parent_id": cls.supervisor.id,
            }
        )
        cls.colleague = Employee.create(
            {
                "name": "Specialist Liu",
                "user_id": cls.colleague_user.id,
                "department_id": cls.department.id,
                "job_id": cls.job_specialist.id,
                "parent_id": cls.supervisor.id,
            }
        )
        ref = cls.env.ref
        cls.kpi_initiative = ref("csd_hr_kpi.kpi_initiative")
        cls.kpi_responsibility = ref("csd_hr_kpi.kpi_responsibility")
        cls.kpi_communication = ref("csd_hr_kpi.kpi_communication")
        cls.kpi_fines = ref("csd_hr_kpi.kpi_fines_count")
        cls.template = cls.env["csd.kpi.template"].create(
            {
                "name": "Specialist, monthly (test)",
                "job_id": cls.job_specialist.id,
                "period_type": "monthly",
                "line_ids": [
                    (0, 0, {"kpi_id": cls.kpi_initiative.id, "weight": 30}),
                    (0, 0, {"kpi_id": cls.kpi_responsibility.id, "weight": 30}),
                    (0, 0, {"kpi_id": cls.kpi_communication.id, "weight": 20}),
                    (0, 0, {"kpi_id": cls.kpi_fines.id, "weight": 20}),
                ],
            }
        )
        cls.structure = cls._make_structure()
        Contract = cls.env["hr.contract"]
        for employee, wage in (
            (cls.manager, 15000),
            (cls.supervisor, 9000),
            (cls.specialist, 6000),
            (cls.colleague, 5000),
        ):
            Contract.create(
                {
                    "name": f"{employee.name} contract",
                    "employee_id": employee.id,
                    "date_start": date(2020, 1, 1),
                    "wage": wage,
                    "struct_id": cls.structure.id,
                    "state": "open",
                }
            )

    @classmethod
    def _make_structure(cls):
        """What an accountant does: a structure of their own with the
        addon's two rules, whose net adds their categories."""
        Category = cls.env["hr.salary.rule.category"]
        Rule = cls.env["hr.salary.rule"]
        basic_cat = Category.create({"name": "Basic (test)", "code": "TBASIC"})
        net_cat = Category.create({"name": "Net (test)", "code": "TNET"})
        basic = Rule.create(
            {
                "name": "Basic",
                "code": "TBASIC",
                "sequence": 1,
                "category_id": basic_cat.id,
                "amount_select": "code",
                "amount_python_compute": "result = contract.wage",
            }
        )
        net = Rule.create(
            {
                "name": "Net",
                "code": "TNET",
                "sequence": 200,
                "category_id": net_cat.id,
                "amount_select": "code",
                "amount_python_compute": "result = categories.TBASIC "
                "+ categories.CSD_KPI_BONUS + categories.CSD_KPI_FINE",
            }
        )
        return cls.env["hr.payroll.structure"].create(
            {
                "name": "Customer service (test)",
                "code": "CSDT",
                "parent_id": False,
                "rule_ids": [
                    (4, basic.id),
                    (4, cls.env.ref("csd_hr_kpi.salary_rule_kpi_bonus").id),
                    (4, cls.env.ref("csd_hr_kpi.salary_rule_kpi_fine").id),
                    (4, net.id),
                ],
            }
        )

    @classmethod
    def _campaign(cls, **vals):
        return cls.env["csd.kpi.campaign"].create(
            dict(
                {
                    "name": "March",
                    "period_type": "monthly",
                    "date_from": cls.date_from,
                    "date_to": cls.date_to,
                    "department_id": cls.department.id,
                },
                **vals,
            )
        )

    def _score(self, evaluation, values, user=None):
        """The evaluator types a value for each KPI: {kpi: value}."""
        lines = evaluation.line_ids
        if user:
            lines = lines.with_user(user)
        for line in lines:
            if line.kpi_id in values:
                line.value = values[line.kpi_id]

    def _evaluation_of(self, campaign, employee):
        return campaign.evaluation_ids.filtered(lambda e: e.employee_id == employee)

    def _locked_evaluation(self, employee, values, fines=0):
        """A campaign's evaluation of ``employee``, scored and locked."""
        campaign = self._campaign()
        campaign.with_user(self.hr_user).action_generate_evaluations()
        evaluation = self._evaluation_of(campaign, employee)
        self._score(evaluation, values)
        if fines:
            evaluation.fine_item_ids = [
                (
                    0,
                    0,
                    {
                        "fine_type_id": self.env.ref(
                            "csd_hr_kpi.fine_type_forbidden_phrase"
                        ).id,
                        "quantity": fines,
                    },
                )
            ]
        evaluation.with_user(self.supervisor_user).action_submit()
        evaluation.with_user(self.manager_user).action_approve()
        evaluation.with_user(self.hr_user).action_lock()
        return evaluation

    @contextmanager
    def assertRaisesMessage(self, exception, text):
        """assertRaises (which rolls back to a savepoint) and the message."""
        with self.assertRaises(exception) as caught:
            yield
        self.assertIn(text, str(caught.exception))
