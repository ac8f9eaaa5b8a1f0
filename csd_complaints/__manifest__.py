{
    "name": "Customer Service Complaints",
    "summary": "Complaints, inquiries and after-sales repairs on helpdesk tickets, "
    "with SLA, escalation and the customer's history",
    "version": "18.0.1.0.0",
    "category": "Services/Customer Service",
    "website": "https://github.com/csd-odoo/csd",
    "author": "CSD Project",
    "license": "LGPL-3",
    "depends": ["csd_management", "helpdesk_mgmt", "report_xlsx"],
    # its own SLA engine replaces OCA helpdesk_mgmt_sla (see readme/CONFIGURE.md)
    "excludes": ["helpdesk_mgmt_sla"],
    "data": [
        "security/csd_complaints_security.xml",
        "views/csd_complaints_menus.xml",
        "security/ir.model.access.csv",
        "security/csd_sla_security.xml",
        "data/resource_calendar_data.xml",
        "data/ir_cron_data.xml",
        "views/csd_sla_policy_views.xml",
        "views/csd_ticket_sla_views.xml",
        "views/helpdesk_ticket_sla_views.xml",
        "report/csd_ticket_sla_report.xml",
    ],
    "demo": [
        "demo/helpdesk_ticket_demo.xml",
        "demo/csd_sla_policy_demo.xml",
    ],
    "application": True,
    "installable": True,
}
