from odoo.tests import tagged

from .common import CsdKpiCase


@tagged("post_install", "-at_install")
class TestPayroll(CsdKpiCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["ir.config_parameter"].sudo().set_param(
            "payroll.allow_cancel_payslips", True
        )

    def setUp(self):
        super().setUp()
        self.evaluation = self._locked_evaluation(
            self.specialist,
            {
                self.kpi_initiative: 90,
                self.kpi_responsibility: 80,
                self.kpi_communication: 70,
                self.kpi_fines: 1,
            },
            fines=2,
        )  # grade B: bonus 600, fines 40

    def _batch(self, employees, name="March payroll"):
        run = self.env["hr.payslip.run"].create(
            {"name": name, "date_start": self.date_from, "date_end": self.date_to}
        )
        wizard = self.env["hr.payslip.employees"].create(
            {"employee_ids": [(6, 0, employees.ids)]}
        )
        wizard.with_context(active_id=run.id).compute_sheet()
        return run.slip_ids

    @staticmethod
    def _line(slip, code):
        return sum(slip.line_ids.filtered(lambda x: x.code == code).mapped("total"))

    def _assert_pays_once(self, slip):
        self.assertEqual(self._line(slip, "CSD_KPI_BONUS"), 600)
        self.assertEqual(self._line(slip, "CSD_KPI_FINE"), -40)
        self.assertEqual(self._line(slip, "TNET"), 6000 + 600 - 40)

    def test_batch_payslip_pays_bonus_and_fine_once(self):
        slips = self._batch(self.specialist | self.colleague)
        slip = slips.filtered(lambda s: s.employee_id == self.specialist)
        self._assert_pays_once(slip)
        self.assertEqual(self.evaluation.payslip_id, slip)
        self.assertFalse(self.evaluation.paid)
        # The colleague had no locked evaluation: no bonus, no fine line.
        other = slips - slip
        self.assertEqual(self._line(other, "TNET"), 5000)
        self.assertFalse(other.line_ids.filtered(lambda x: x.code == "CSD_KPI_BONUS"))

        slip.compute_sheet()
        self._assert_pays_once(slip)
        slip.action_payslip_done()
        self._assert_pays_once(slip)
        self.assertTrue(self.evaluation.paid)

        # Back to draft, recomputed, confirmed again: still paid once.
        slip.action_payslip_draft()
        self.assertFalse(self.evaluation.paid)
        slip.compute_sheet()
        slip.action_payslip_done()
        self._assert_pays_once(slip)
        self.assertTrue(self.evaluation.paid)

        # Another payslip of the same month does not pay it again.
        second = self._batch(self.specialist, name="March correction")
        self.assertEqual(self._line(second, "CSD_KPI_BONUS"), 0)
        self.assertEqual(self._line(second, "TNET"), 6000)
        self.assertEqual(self.evaluation.payslip_id, slip)

    def test_cancelled_payslip_frees_the_evaluation(self):
        slip = self._batch(self.specialist)
        slip.action_payslip_done()
        self.assertTrue(self.evaluation.paid)
        slip.action_payslip_cancel()
        self.assertFalse(self.evaluation.payslip_id)
        self.assertFalse(self.evaluation.paid)
        replacement = self._batch(self.specialist, name="March again")
        self._assert_pays_once(replacement)
        self.assertEqual(self.evaluation.payslip_id, replacement)

    def test_payslip_from_the_form(self):
        slip = self.env["hr.payslip"].create(
            {
                "employee_id": self.specialist.id,
                "date_from": self.date_from,
                "date_to": self.date_to,
                "contract_id": self.specialist.contract_id.id,
                "struct_id": self.structure.id,
            }
        )
        slip.onchange_employee()
        slip.compute_sheet()
        self._assert_pays_once(slip)
        self.assertEqual(slip.csd_evaluation_ids, self.evaluation)

    def test_evaluation_outside_the_period_is_not_paid(self):
        run_slips = self.env["hr.payslip"].create(
            {
                "employee_id": self.specialist.id,
                "date_from": "2026-04-01",
                "date_to": "2026-04-30",
                "contract_id": self.specialist.contract_id.id,
                "struct_id": self.structure.id,
            }
        )
        run_slips.compute_sheet()
        self.assertEqual(self._line(run_slips, "TNET"), 6000)
        self.assertFalse(self.evaluation.payslip_id)
