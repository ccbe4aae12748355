# expect: import-xml-sax
import xml.sax
# expect: import-xml-sax
from xml.sax import make_parser
# ok: import-xml-sax
from xml.sax.saxutils import escape
# ok: import-xml-sax
import defusedxml.sax
