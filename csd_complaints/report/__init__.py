from . import complaint_statistics_xlsx
