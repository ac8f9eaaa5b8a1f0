{
    "name": "Customer Service KPI and Pay",
    "summary": "KPIs, monthly and annual evaluations, grades, bonuses and fines "
    "through payroll, and training for the customer-service department",
    "version": "18.0.1.0.0",
    "category": "Human Resources/Appraisals",
    "website": "https://github.com/csd-odoo/csd",
    "author": "CSD Project",
    "license": "LGPL-3",
    "depends": ["csd_complaints", "payroll"],
    "data": [
        "security/csd_hr_kpi_security.xml",
        "views/csd_hr_kpi_menus.xml",
    ],
    "demo": [
        "demo/hr_contract_demo.xml",
    ],
    "application": True,
    "installable": True,
}
