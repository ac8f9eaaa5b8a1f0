from . import csd_kpi_evaluation_reopen
