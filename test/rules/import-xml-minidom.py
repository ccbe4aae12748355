# expect: import-xml-minidom
from xml.dom import minidom
# expect: import-xml-minidom
import xml.dom.minidom
# ok: import-xml-minidom
import defusedxml.minidom
