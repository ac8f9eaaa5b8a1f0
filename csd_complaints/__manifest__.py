{
    "name": "Customer Service Complaints",
    "summary": "Complaints, inquiries and after-sales repairs on helpdesk tickets, "
    "with SLA, escalation and the customer's history",
    "version": "18.0.1.0.0",
    "category": "Services/Customer Service",
    "website": "https://github.com/csd-odoo/csd",
    "author": "CSD Project",
    "license": "LGPL-3",
    "depends": ["csd_management", "helpdesk_mgmt"],
    "data": [
        "security/csd_complaints_security.xml",
        "views/csd_complaints_menus.xml",
    ],
    "demo": [
        "demo/helpdesk_ticket_demo.xml",
    ],
    "application": True,
    "installable": True,
}
