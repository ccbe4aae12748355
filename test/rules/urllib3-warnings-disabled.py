import warnings

import requests
import urllib3
from requests.packages.urllib3.exceptions import InsecureRequestWarning
from urllib3.exceptions import DependencyWarning

# expect: urllib3-warnings-disabled
urllib3.disable_warnings()
# expect: urllib3-warnings-disabled
urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
# expect: urllib3-warnings-disabled
requests.packages.urllib3.disable_warnings(InsecureRequestWarning)
# expect: urllib3-warnings-disabled
warnings.filterwarnings("ignore", category=InsecureRequestWarning)
# expect: urllib3-warnings-disabled
warnings.simplefilter("ignore", urllib3.exceptions.SubjectAltNameWarning)

# ok: urllib3-warnings-disabled
urllib3.disable_warnings(DependencyWarning)
# ok: urllib3-warnings-disabled
warnings.simplefilter("ignore", DeprecationWarning)
# ok: urllib3-warnings-disabled
warnings.simplefilter("error", InsecureRequestWarning)
