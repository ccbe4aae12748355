import { lastName } from '../support/name-triggers.js';
import { defineRule } from '../types.js';
import { argument, keywordArgument } from '../../python/arguments.js';
const LXML_PARSERS = new Set(['lxml.etree.XMLParser', 'lxml.etree.ETCompatXMLParser', 'lxml.etree.XMLPullParser', 'lxml.objectify.makeparser']);
// SAX features that make the parser fetch and expand external entities.
const SAX_EXTERNAL_FEATURES = new Map([
    ['xml.sax.handler.feature_external_ges', 'external general entities'],
    ['xml.sax.handler.feature_external_pes', 'external parameter entities'],
    ['http://xml.org/sax/features/external-general-entities', 'external general entities'],
    ['http://xml.org/sax/features/external-parameter-entities', 'external parameter entities'],
]);
function isTrue(node, module) {
    const value = node ? module.constant(node) : undefined;
    return value === true || value === 1;
}
function isFalse(node, module) {
    const value = node ? module.constant(node) : undefined;
    return value === false || value === 0;
}
export default defineRule({
    id: 'xml-entity-resolution',
    aliases: [],
    category: 'xxe',
    cwe: 611,
    severity: 'high',
    confidence: 'medium',
    cost: 'fast',
    message: 'XML parser configured to resolve external entities: a document can read local files or make the server fetch URLs',
    fix: 'Keep lxml\'s defaults (resolve_entities="internal" since lxml 5, no_network=True) or pass resolve_entities=False; for untrusted input use defusedxml.',
    // The parsers' last names (rarer than `lxml`) and the SAX method, as written.
    triggers: [...new Set([...LXML_PARSERS].map(lastName)), 'setFeature'],
    callees: [...[...LXML_PARSERS].map(lastName), 'setFeature'],
    docs: {
        why: 'An XML document can declare entities that point at files (`<!ENTITY x SYSTEM "file:///etc/passwd">`) or URLs. A parser that resolves them copies the file into the parsed document or makes the server send requests (XXE, CWE-611). lxml resolves external entities only when told to (resolve_entities=True; before lxml 5 that was also the default) and fetches over the network only with no_network=False; xml.sax does it only with the external-entity features on. This rule reports those explicit settings. The parser construction is reported, not each parse call that uses the parser.',
        bad: [
            'from lxml import etree\nPARSER = etree.XMLParser(resolve_entities=True)\n',
            'from lxml import etree\ndef load(data):\n    return etree.fromstring(data, etree.XMLParser(load_dtd=True, no_network=False))\n',
            'import xml.sax\nfrom xml.sax.handler import feature_external_ges\nparser = xml.sax.make_parser()\nparser.setFeature(feature_external_ges, True)\n',
        ],
        good: [
            'from lxml import etree\nPARSER = etree.XMLParser(resolve_entities=False, no_network=True)\n',
            'from lxml import etree\nPARSER = etree.XMLParser(remove_blank_text=True)\n',
            'import xml.sax\nfrom xml.sax.handler import feature_external_ges\nparser = xml.sax.make_parser()\nparser.setFeature(feature_external_ges, False)\n',
        ],
        references: ['https://lxml.de/api/lxml.etree.XMLParser-class.html', 'https://docs.python.org/3/library/xml.html#xml-vulnerabilities', 'https://cwe.mitre.org/data/definitions/611.html'],
    },
    create(context) {
        return {
            call(node) {
                const name = context.module.callName(node);
                if (name === undefined)
                    return;
                if (LXML_PARSERS.has(name)) {
                    const resolves = isTrue(keywordArgument(node, 'resolve_entities'), context.module);
                    const network = isFalse(keywordArgument(node, 'no_network'), context.module);
                    if (resolves) {
                        context.report({ node, message: network
                                ? 'lxml parser with resolve_entities=True and no_network=False: a document can read local files and make the server fetch URLs'
                                : 'lxml parser with resolve_entities=True: a document can read local files through external entities' });
                    }
                    else if (network) {
                        context.report({ node, severity: 'medium', message: 'lxml parser with no_network=False: DTDs and entities may be fetched from any URL a document names' });
                    }
                    return;
                }
                if (context.module.calleeAttribute(node) !== 'setFeature')
                    return;
                const feature = argument(node, null, 0);
                const state = argument(node, null, 1);
                if (!feature || !isTrue(state, context.module))
                    return;
                const featureName = context.module.constant(feature) ?? context.module.qualifiedName(feature);
                const what = typeof featureName === 'string' ? SAX_EXTERNAL_FEATURES.get(featureName) : undefined;
                if (what)
                    context.report({ node, confidence: 'high', message: `SAX parser with ${what} turned on: a document can read local files or make the server fetch URLs` });
            },
        };
    },
});
