from . import helpdesk_ticket
from . import helpdesk_ticket_team
from . import csd_sla_target
from . import csd_sla_escalation_step
from . import csd_ticket_sla
from . import csd_ticket_sla_escalation
from . import csd_sla_policy
from . import helpdesk_ticket_sla
