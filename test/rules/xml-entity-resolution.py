import xml.sax
import xml.sax.handler
from xml.sax.handler import feature_external_ges, feature_namespaces

from lxml import etree, objectify

# expect: xml-entity-resolution
UNSAFE = etree.XMLParser(resolve_entities=True)
# expect: xml-entity-resolution
FETCHING = etree.XMLParser(load_dtd=True, no_network=False)
# expect: xml-entity-resolution
OBJECTIFY = objectify.makeparser(resolve_entities=True, no_network=False)


def load(data):
    # expect: xml-entity-resolution
    return etree.fromstring(data, etree.XMLParser(resolve_entities=True))


parser = xml.sax.make_parser()
# expect: xml-entity-resolution
parser.setFeature(feature_external_ges, True)
# expect: xml-entity-resolution
parser.setFeature(xml.sax.handler.feature_external_pes, 1)
# expect: xml-entity-resolution
parser.setFeature("http://xml.org/sax/features/external-general-entities", True)

# ok: xml-entity-resolution
SAFE = etree.XMLParser(resolve_entities=False, no_network=True)
# ok: xml-entity-resolution
PLAIN = etree.XMLParser(remove_blank_text=True)
# ok: xml-entity-resolution
parser.setFeature(feature_external_ges, False)
# ok: xml-entity-resolution
parser.setFeature(feature_namespaces, True)
