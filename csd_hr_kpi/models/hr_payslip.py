from odoo import api, fields, models

BONUS_CODE = "CSD_KPI_BONUS"
FINE_CODE = "CSD_KPI_FINE"


class HrPayslip(models.Model):
    _inherit = "hr.payslip"

    csd_evaluation_ids = fields.One2many(
        "csd.kpi.evaluation",
        "payslip_id",
        string="Evaluations paid",
        readonly=True,
        groups="csd_hr_kpi.group_csd_kpi_hr",
        help="Locked evaluations whose bonus and fines this payslip pays.",
    )

    def _csd_claimable_evaluations(self):
        """Locked evaluations of the payslip's period that no other payslip
        pays (a cancelled payslip frees its evaluations)."""
        self.ensure_one()
        return (
            self.env["csd.kpi.evaluation"]
            .sudo()
            .search(
                [
                    ("employee_id", "=", self.employee_id.id),
                    ("state", "=", "locked"),
                    ("date_from", ">=", self.date_from),
                    ("date_to", "<=", self.date_to),
                    "|",
                    ("payslip_id", "=", False),
                    ("payslip_id", "=", self.id),
                ]
            )
        )

    def _csd_sync_evaluations(self):
        """Link the period's evaluations and set the bonus and fine inputs to
        their totals. Amounts are set, not added, so computing again never
        pays twice; an evaluation linked here is no longer claimable by
        another payslip."""
        for slip in self.filtered(
            lambda s: s.state in ("draft", "verify") and not s.credit_note
        ):
            rule_codes = set(slip._get_salary_rules().input_ids.mapped("code"))
            if not {BONUS_CODE, FINE_CODE} & rule_codes:
                continue
            evaluations = slip._csd_claimable_evaluations()
            previous = slip.sudo().csd_evaluation_ids
            if not evaluations and not previous:
                continue
            (previous - evaluations).write({"payslip_id": False})
            evaluations.write({"payslip_id": slip.id})
            amounts = {
                BONUS_CODE: sum(evaluations.mapped("bonus_amount")),
                FINE_CODE: sum(evaluations.mapped("fine_amount")),
            }
            for code in rule_codes & set(amounts):
                line = slip.input_line_ids.filtered(lambda i, c=code: i.code == c)
                if line:
                    line[:1].amount = amounts[code]
                elif slip.contract_id:
                    rule_input = slip._get_salary_rules().input_ids.filtered(
                        lambda i, c=code: i.code == c
                    )[:1]
                    slip.input_line_ids = [
                        fields.Command.create(
                            {
                                "name": rule_input.name,
                                "code": code,
                                "amount": amounts[code],
                                "contract_id": slip.contract_id.id,
                            }
                        )
                    ]

    def compute_sheet(self):
        self._csd_sync_evaluations()
        return super().compute_sheet()

    def action_payslip_cancel(self):
        res = super().action_payslip_cancel()
        self.sudo().csd_evaluation_ids.write({"payslip_id": False})
        return res

    @api.ondelete(at_uninstall=False)
    def _unlink_free_evaluations(self):
        self.sudo().csd_evaluation_ids.write({"payslip_id": False})
