from . import csd_ticket_sla_xlsx
