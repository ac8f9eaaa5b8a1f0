from . import test_install
from . import test_sla_engine
from . import test_sla_matching
from . import test_sla_sweep
from . import test_sla_reports
