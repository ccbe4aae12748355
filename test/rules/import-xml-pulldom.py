# expect: import-xml-pulldom
from xml.dom import pulldom
# expect: import-xml-pulldom
import xml.dom.pulldom
# ok: import-xml-pulldom
import defusedxml.pulldom
