import xml.sax.expatreader
from xml.sax import expatreader as reader
import defusedxml.expatreader

# expect: xml-expat-reader
parser = xml.sax.expatreader.create_parser()
# expect: xml-expat-reader
other = reader.create_parser()
# ok: xml-expat-reader
safe = defusedxml.expatreader.create_parser()
