// Bandit's B313–B319: the standard library XML parsers, one row each, decided by where the document comes from.
// The expat-based parsers expand internal entities (billion laughs, quadratic blow-up) and some fetch external DTDs:
// a document from the request blocks; one from a parameter or an unknown place is shown; a constant document, or a
// parser built without a document to look at, is shown to an audit or at low confidence.
import { SINK_LEVELS, taintRule } from '../support/taint-rule.js';
import { deployerPathReason } from '../deserialization/support/constant-path-file.js';
const XML_DOCS_REFERENCES = ['https://docs.python.org/3/library/xml.html#xml-vulnerabilities', 'https://pypi.org/project/defusedxml/'];
/** Where each parse function takes its document; parser factories take none (their feed is not visible here). */
const DOCUMENT_ARGUMENTS = {
    parse: { keyword: 'source', position: 0 },
    iterparse: { keyword: 'source', position: 0 },
    fromstring: { keyword: 'text', position: 0 },
    XML: { keyword: 'text', position: 0 },
    parseString: { keyword: 'string', position: 0 },
    XMLParser: { position: null },
    make_parser: { position: null },
    create_parser: { position: null },
};
const PARSER_FACTORY = /(^|\.)(XMLParser|make_parser|create_parser)$/;
/** The parse functions that take a file name or an open file as their document. */
const FILE_PARSERS = /(^|\.)(parse|iterparse)$/;
function xmlParserRule(row) {
    return taintRule({
        id: row.id,
        // Bandit's test names `xml_bad_cElementTree`/`xml_bad_ElementTree` are written lower-case: aliases are matched
        // case-insensitively, so either spelling finds the rule.
        aliases: [row.bandit, row.ruff, row.name],
        category: 'xxe',
        cwe: 20,
        severity: 'medium',
        confidence: 'high',
        message: 'stdlib XML parser on possibly untrusted data: vulnerable to entity-expansion (billion laughs) and other XML attacks',
        fix: 'Parse untrusted XML with defusedxml (same API: defusedxml.ElementTree.fromstring, defusedxml.minidom.parseString…), or call defusedxml.defuse_stdlib() at start-up.',
        sinkClass: 'xml',
        sinks: Object.fromEntries(row.functions.map((name) => [`${row.module}.${name}`, DOCUMENT_ARGUMENTS[name]])),
        levels: SINK_LEVELS,
        // A file at a path the code or its deployment fixes (a report the program wrote itself, a bundled schema).
        safeForm: (call, module) => (FILE_PARSERS.test(module.callName(call) ?? '') ? deployerPathReason(call, module, 'source') : undefined),
        describe: (source, call, module) => {
            const name = module.callName(call) ?? '';
            return PARSER_FACTORY.test(name)
                ? `${name}() builds a stdlib XML parser for documents fed to it later: entity expansion (billion laughs) and other XML attacks`
                : `${name}() parses ${source} with a stdlib XML parser: entity expansion (billion laughs) and other XML attacks`;
        },
        docs: {
            why: 'The standard library XML parsers expand entities: a few hundred bytes of crafted XML can use gigabytes of memory (billion laughs, quadratic blow-up), and some parsers fetch external DTDs. defusedxml refuses these constructs. '
                + 'A document from request data blocks; from a parameter or an unknown place it is shown; a constant document, or a file at a path fixed in the code or its settings, only by --profile audit.',
            bad: [row.bad],
            good: [row.good],
            references: XML_DOCS_REFERENCES,
        },
    });
}
const PARSE_FUNCTIONS = ['parse', 'iterparse', 'fromstring', 'XMLParser', 'XML'];
export const XML_PARSER_RULES = [
    xmlParserRule({ id: 'xml-celementtree-parse', bandit: 'B313', ruff: 'S313', name: 'xml_bad_celementtree', module: 'xml.etree.cElementTree', functions: PARSE_FUNCTIONS,
        good: 'import defusedxml.cElementTree as ET\ndef read(data):\n    return ET.fromstring(data)\n',
        bad: 'import xml.etree.cElementTree as ET\ndef read(data):\n    return ET.fromstring(data)\n' }),
    xmlParserRule({ id: 'xml-etree-parse', bandit: 'B314', ruff: 'S314', name: 'xml_bad_elementtree', module: 'xml.etree.ElementTree', functions: PARSE_FUNCTIONS,
        good: 'import defusedxml.ElementTree as ET\ndef read(data):\n    return ET.fromstring(data)\n',
        bad: 'import xml.etree.ElementTree as ET\nfrom flask import request\ndef upload():\n    return ET.fromstring(request.data)\n' }),
    xmlParserRule({ id: 'xml-expat-reader', bandit: 'B315', ruff: 'S315', name: 'xml_bad_expatreader', module: 'xml.sax.expatreader', functions: ['create_parser'],
        good: 'import defusedxml.expatreader\nparser = defusedxml.expatreader.create_parser()\n',
        bad: 'import xml.sax.expatreader\nparser = xml.sax.expatreader.create_parser()\n' }),
    xmlParserRule({ id: 'xml-expat-builder', bandit: 'B316', ruff: 'S316', name: 'xml_bad_expatbuilder', module: 'xml.dom.expatbuilder', functions: ['parse', 'parseString'],
        good: 'import defusedxml.expatbuilder as builder\ndef read(data):\n    return builder.parseString(data)\n',
        bad: 'import xml.dom.expatbuilder as builder\ndef read(data):\n    return builder.parseString(data)\n' }),
    xmlParserRule({ id: 'xml-sax-parse', bandit: 'B317', ruff: 'S317', name: 'xml_bad_sax', module: 'xml.sax', functions: ['parse', 'parseString', 'make_parser'],
        good: 'import defusedxml.sax\ndef read(data, handler):\n    defusedxml.sax.parseString(data, handler)\n',
        bad: 'import xml.sax\ndef read(data, handler):\n    xml.sax.parseString(data, handler)\n' }),
    xmlParserRule({ id: 'xml-minidom-parse', bandit: 'B318', ruff: 'S318', name: 'xml_bad_minidom', module: 'xml.dom.minidom', functions: ['parse', 'parseString'],
        good: 'import defusedxml.minidom\ndef read(data):\n    return defusedxml.minidom.parseString(data)\n',
        bad: 'from xml.dom import minidom\ndef read(data):\n    return minidom.parseString(data)\n' }),
    xmlParserRule({ id: 'xml-pulldom-parse', bandit: 'B319', ruff: 'S319', name: 'xml_bad_pulldom', module: 'xml.dom.pulldom', functions: ['parse', 'parseString'],
        good: 'import defusedxml.pulldom\ndef read(data):\n    return defusedxml.pulldom.parseString(data)\n',
        bad: 'from xml.dom import pulldom\ndef read(data):\n    return pulldom.parseString(data)\n' }),
];
