from odoo import fields, models


class HrDepartment(models.Model):
    _inherit = "hr.department"

    csd_organisation_type = fields.Selection(
        [("functional", "Functional"), ("regional", "Regional (flow)")],
        string="Organisation",
        help="Functional (职能型): teams by function, suits large or service "
        "companies. Regional (流线型): teams by customer region, suits small "
        "and growing companies.",
    )
    csd_function = fields.Char(
        string="Function",
        translate=True,
        help="What this team does when the department is organised by function, "
        "e.g. complaints, customer information, call centre.",
    )
    csd_region_ids = fields.Many2many(
        "res.country.state",
        string="Customer Regions",
        help="Regions whose customers this team serves when the department is "
        "organised by region.",
    )
    csd_goal_ids = fields.One2many(
        "csd.department.goal", "department_id", string="Goals"
    )
