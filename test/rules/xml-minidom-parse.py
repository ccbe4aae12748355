from xml.dom import minidom
import xml.dom.minidom
import defusedxml.minidom


def read(data, path):
    # expect: xml-minidom-parse
    minidom.parseString(data)
    # expect: xml-minidom-parse
    xml.dom.minidom.parse(path)
    # ok: xml-minidom-parse
    defusedxml.minidom.parseString(data)
    # ok: xml-minidom-parse
    minidom.Document()
