{
    "name": "Customer Service Department",
    "summary": "Run a customer-service department by the handbook: "
    "organisation, positions, rules, customer relations",
    "version": "18.0.1.0.0",
    "category": "Services/Customer Service",
    "website": "https://github.com/csd-odoo/csd",
    "author": "CSD Project",
    "license": "LGPL-3",
    "depends": ["hr", "crm", "survey", "mail", "portal"],
    "data": [
        "security/csd_management_security.xml",
        "security/ir.model.access.csv",
        "data/hr_department_data.xml",
        "views/csd_management_menus.xml",
    ],
    "demo": [
        "demo/hr_employee_demo.xml",
    ],
    "application": True,
    "installable": True,
}
