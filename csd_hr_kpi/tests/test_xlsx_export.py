import io

from openpyxl import load_workbook

from odoo.tests import tagged

from .common import CsdKpiCase


@tagged("post_install", "-at_install")
class TestXlsxExport(CsdKpiCase):
    def test_export_lists_evaluations_and_bonuses(self):
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
        content, fmt = (
            self.env["ir.actions.report"]
            .with_user(self.hr_user)
            ._render("csd_hr_kpi.evaluation_xlsx", evaluation.campaign_id.ids, {})
        )
        self.assertEqual(fmt, "xlsx")
        book = load_workbook(io.BytesIO(content), read_only=True)
        sheet, bonus = book.worksheets
        rows = list(sheet.iter_rows(values_only=True))
        self.assertEqual(
            rows[0][:5], ("Employee", "Department", "Position", "Period", "Score")
        )
        row = next(r for r in rows if r[0] == "Specialist Zhang")
        self.assertEqual(row[4], 81)
        bonus_rows = list(bonus.iter_rows(values_only=True))
        row = next(r for r in bonus_rows if r[0] == "Specialist Zhang")
        self.assertEqual(row[2:5], (600, 40, 560))
        self.assertEqual(bonus_rows[-1][0], "Total")
