from odoo import api, fields, models
from odoo.exceptions import ValidationError


class CsdKpiBonusRule(models.Model):
    """Performance bonus (绩效奖金) paid for a grade."""

    _name = "csd.kpi.bonus.rule"
    _description = "Bonus Rule"
    _inherit = ["mail.thread"]
    _order = "period_type, job_id, grade_id"

    name = fields.Char(required=True, translate=True, tracking=True)
    active = fields.Boolean(default=True)
    grade_id = fields.Many2one("csd.kpi.grade", required=True, tracking=True)
    period_type = fields.Selection(
        [("monthly", "Monthly"), ("annual", "Annual")],
        string="Period",
        required=True,
        default="monthly",
    )
    job_id = fields.Many2one(
        "hr.job",
        string="Position",
        help="Leave empty for every position; a rule for the position wins.",
    )
    bonus_type = fields.Selection(
        [("amount", "Fixed amount"), ("share", "Share of a base")],
        required=True,
        default="share",
        tracking=True,
    )
    amount = fields.Monetary(tracking=True)
    share = fields.Float(string="Share (%)", tracking=True)
    base_type = fields.Selection(
        [("contract_field", "Contract field"), ("fixed", "Fixed base")],
        default="contract_field",
        required=True,
    )
    base_field_id = fields.Many2one(
        "ir.model.fields",
        string="Contract field",
        domain="[('model', '=', 'hr.contract'), ('ttype', 'in', ('float', "
        "'monetary', 'integer'))]",
        ondelete="set null",
        help="E.g. the wage of the employee's running contract.",
    )
    base_amount = fields.Monetary(string="Fixed base")
    cap_amount = fields.Monetary(
        string="Cap", help="Highest bonus paid by this rule; 0 for no cap."
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )

    @api.constrains("bonus_type", "share", "amount", "cap_amount", "base_field_id")
    def _check_values(self):
        for rule in self:
            if min(rule.amount, rule.share, rule.cap_amount, rule.base_amount) < 0:
                raise ValidationError(
                    self.env._("Bonus rule %s: amounts cannot be negative.", rule.name)
                )
            if (
                rule.bonus_type == "share"
                and rule.base_type == "contract_field"
                and not rule.base_field_id
            ):
                raise ValidationError(
                    self.env._(
                        "Bonus rule %s needs the contract field it is based on.",
                        rule.name,
                    )
                )

    def _bonus(self, contract):
        """Bonus of this rule for an employee under ``contract``."""
        self.ensure_one()
        if self.bonus_type == "amount":
            bonus = self.amount
        else:
            if self.base_type == "fixed":
                base = self.base_amount
            else:
                base = contract[self.base_field_id.name] if contract else 0.0
            bonus = base * self.share / 100.0
        if self.cap_amount:
            bonus = min(bonus, self.cap_amount)
        return self.currency_id.round(bonus)

    def _pick(self, grade, period_type, job, company):
        """The rule among these for a grade; a rule for the position wins
        over one for every position."""
        rules = self.filtered(
            lambda r: r.grade_id == grade
            and r.period_type == period_type
            and r.company_id == company
            and r.job_id in (job, self.env["hr.job"])
        )
        return rules.sorted(lambda r: not r.job_id)[:1]
