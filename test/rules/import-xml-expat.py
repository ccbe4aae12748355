# expect: import-xml-expat
import xml.dom.expatbuilder
# expect: import-xml-expat
from xml.dom.expatbuilder import parseString
# ok: import-xml-expat
import defusedxml.expatbuilder
