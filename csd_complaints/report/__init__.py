from . import complaint_statistics_xlsx
from . import csd_ticket_sla_xlsx
