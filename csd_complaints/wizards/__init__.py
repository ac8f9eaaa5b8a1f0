from . import csd_ticket_escalate_wizard
from . import csd_complaint_report_wizard
