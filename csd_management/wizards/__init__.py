from . import csd_meeting_plan_wizard
