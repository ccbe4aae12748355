# expect: import-xml-etree
import xml.etree.ElementTree as ET
# expect: import-xml-etree
from xml.etree import cElementTree
# ok: import-xml-etree
import defusedxml.ElementTree
# ok: import-xml-etree
import xml
