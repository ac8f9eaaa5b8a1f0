from . import test_install
from . import test_department_positions
from . import test_rules_library
from . import test_duty_roster
from . import test_weekly_meeting
from . import test_emergency
from . import test_department_menus
