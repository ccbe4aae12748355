import xml.dom.expatbuilder as builder
from xml.dom.expatbuilder import parse
import defusedxml.expatbuilder


def read(data, path):
    # expect: xml-expat-builder
    builder.parseString(data)
    # expect: xml-expat-builder
    parse(path)
    # ok: xml-expat-builder
    defusedxml.expatbuilder.parseString(data)
