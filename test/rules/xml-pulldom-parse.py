from xml.dom import pulldom
import xml.dom.pulldom as pd
import defusedxml.pulldom


def read(data, path):
    # expect: xml-pulldom-parse
    pulldom.parseString(data)
    # expect: xml-pulldom-parse
    pd.parse(path)
    # ok: xml-pulldom-parse
    defusedxml.pulldom.parseString(data)
