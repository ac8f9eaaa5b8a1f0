from . import test_install
from . import test_kpi_config
from . import test_evaluation_workflow
from . import test_evaluation_access
from . import test_payroll
from . import test_training
from . import test_xlsx_export
from . import test_kpi_figures
