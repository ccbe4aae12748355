from pathlib import Path
import xml.etree.ElementTree as ET
from xml.etree import ElementTree
from xml.etree.ElementTree import fromstring as parse_text
import defusedxml.ElementTree as DET


def read(data, path):
    # expect: xml-etree-parse
    ET.parse(path)
    # expect: xml-etree-parse
    ElementTree.fromstring(data)
    # expect: xml-etree-parse
    parse_text(data)
    # expect: xml-etree-parse
    ET.iterparse(path)
    # expect: xml-etree-parse
    ET.XML(data)
    # ok: xml-etree-parse
    DET.fromstring(data)
    # ok: xml-etree-parse
    ET.tostring(data)


# constant document: shown by --profile audit only
# ok: xml-etree-parse
TEMPLATE = ET.fromstring("<config/>")

REPORT = Path(__file__).parent / "build" / "junit.xml"


def failures():
    # a report the program wrote itself, at a path fixed in the code: shown by --profile audit only
    # ok: xml-etree-parse
    return ET.parse(REPORT).getroot().findall("testcase/failure")


def parse_upload(request):
    # expect: xml-etree-parse
    return ET.parse(request.FILES["doc"])


def parse_beside_module(name):
    # expect: xml-etree-parse
    return ET.parse(Path(__file__).parent / name)
