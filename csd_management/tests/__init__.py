from . import test_install
from . import test_customer_information
from . import test_customer_value
from . import test_key_accounts
from . import test_return_visits
from . import test_satisfaction
from . import test_loyalty
from . import test_customer_menus
