import xml.sax
from xml.sax import make_parser, parseString as sax_parse
import defusedxml.sax


def read(data, path, handler):
    # expect: xml-sax-parse
    xml.sax.parse(path, handler)
    # expect: xml-sax-parse
    sax_parse(data, handler)
    # expect: xml-sax-parse
    make_parser()
    # ok: xml-sax-parse
    defusedxml.sax.parseString(data, handler)
    # ok: xml-sax-parse
    xml.sax.saxutils.escape(data)
