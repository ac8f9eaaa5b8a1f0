from odoo import models


class CsdKpiEvaluationXlsx(models.AbstractModel):
    """A campaign's evaluations and bonus list for HR, one sheet each."""

    _name = "report.csd_hr_kpi.evaluation_xlsx"
    _inherit = "report.report_xlsx.abstract"
    _description = "Evaluations and Bonus List (XLSX)"

    def generate_xlsx_report(self, workbook, data, campaigns):
        bold = workbook.add_format({"bold": True})
        money = workbook.add_format({"num_format": "#,##0.00"})
        evaluations = campaigns.evaluation_ids.sorted(
            lambda e: (e.department_id.name or "", e.employee_id.name)
        )
        state_labels = dict(
            evaluations._fields["state"]._description_selection(self.env)
        )
        sheet = workbook.add_worksheet(self.env._("Evaluations"))
        headers = [
            self.env._("Employee"),
            self.env._("Department"),
            self.env._("Position"),
            self.env._("Period"),
            self.env._("Score"),
            self.env._("Grade"),
            self.env._("Status"),
        ]
        kpis = evaluations.line_ids.kpi_id.sorted(lambda k: (k.category, k.sequence))
        headers += kpis.mapped("name")
        sheet.write_row(0, 0, headers, bold)
        for row, evaluation in enumerate(evaluations, start=1):
            scores = {line.kpi_id: line.score for line in evaluation.line_ids}
            sheet.write_row(
                row,
                0,
                [
                    evaluation.employee_id.name,
                    evaluation.department_id.name or "",
                    evaluation.job_id.name or "",
                    evaluation.name,
                    evaluation.total_score,
                    evaluation.grade_id.name or "",
                    state_labels[evaluation.state],
                ]
                + [scores.get(kpi, "") for kpi in kpis],
            )
        sheet.freeze_panes(1, 1)

        bonus = workbook.add_worksheet(self.env._("Bonus list"))
        bonus.write_row(
            0,
            0,
            [
                self.env._("Employee"),
                self.env._("Grade"),
                self.env._("Bonus"),
                self.env._("Fines"),
                self.env._("Net effect"),
                self.env._("Payslip"),
                self.env._("Paid"),
            ],
            bold,
        )
        for row, evaluation in enumerate(evaluations, start=1):
            bonus.write(row, 0, evaluation.employee_id.name)
            bonus.write(row, 1, evaluation.grade_id.name or "")
            bonus.write_number(row, 2, evaluation.bonus_amount, money)
            bonus.write_number(row, 3, evaluation.fine_amount, money)
            bonus.write_number(
                row, 4, evaluation.bonus_amount - evaluation.fine_amount, money
            )
            bonus.write(row, 5, evaluation.payslip_id.number or "")
            bonus.write(
                row, 6, self.env._("Yes") if evaluation.paid else self.env._("No")
            )
        total_row = len(evaluations) + 1
        bonus.write(total_row, 0, self.env._("Total"), bold)
        for col in (2, 3, 4):
            bonus.write_number(
                total_row,
                col,
                sum(
                    e.bonus_amount
                    if col == 2
                    else e.fine_amount
                    if col == 3
                    else e.bonus_amount - e.fine_amount
                    for e in evaluations
                ),
                money,
            )
