import xml.etree.cElementTree as cET
from xml.etree.cElementTree import fromstring
import defusedxml.cElementTree as safe


def read(data, path):
    # expect: xml-celementtree-parse
    cET.parse(path)
    # expect: xml-celementtree-parse
    fromstring(data)
    # expect: xml-celementtree-parse
    cET.iterparse(path)
    # expect: xml-celementtree-parse
    cET.XMLParser()
    # ok: xml-celementtree-parse
    safe.fromstring(data)
