import { lastName } from '../support/name-triggers.js';
import { levelTable, taintRule } from '../support/taint-rule.js';
import { argument } from '../../python/arguments.js';
import { HOLE } from '../../python/literals.js';
/** Functions (resolved names) that compile an XPath expression. */
const XPATH_FUNCTIONS = {
    'lxml.etree.XPath': { name: 'path', position: 0 },
    'lxml.etree.ETXPath': { name: 'path', position: 0 },
};
/** `.xpath()` on an lxml tree or element, a Scrapy/parsel selector or response. */
const XPATH_METHOD = { name: '_path', position: 0 };
/** ElementTree path methods: their names are common words (`str.find`), so only a built path with XPath syntax counts. */
const PATH_METHODS = new Set(['find', 'findall', 'findtext', 'iterfind']);
const XML_MODULES = ['xml.etree', 'lxml', 'defusedxml', 'elementtree'];
const XPATH_SYNTAX = /[/[@]|\.\/\//;
/** Where the expression comes from → levels; a parameter or unknown value counts only when formatted in at the sink. */
const LEVELS = levelTable({
    request: { severity: 'high', confidence: 'high' },
    'user-input': { severity: 'high', confidence: 'medium' },
    'stored-input': { severity: 'high', confidence: 'medium' },
    parameter: { severity: 'medium', confidence: 'low' },
    unknown: { severity: 'low', confidence: 'low' },
});
/**
 * Constant text of a string built from run-time parts (f-string, `+`, `%`, `.format`), or undefined. Parts that are
 * only namespace URIs in ElementTree's Clark notation (`"./{%s}Disk" % ns`) pick no node and do not count.
 */
function builtText(value, module) {
    const shape = module.fold(value);
    if (!shape || shape.constant || shape.dynamic.length === 0)
        return undefined;
    if (shape.text.split(`{${HOLE}}`).join('').split(HOLE).length === 1)
        return undefined;
    const text = shape.text.split(HOLE).join('');
    return text.length > 0 ? text : undefined;
}
/** The XPath expression of a call, and whether it must be built with XPath syntax to count. */
function xpathExpression(call, module) {
    const name = module.callName(call);
    const spec = name ? XPATH_FUNCTIONS[name] : undefined;
    if (spec) {
        const value = argument(call, spec.name, spec.position);
        return value ? { value, pathMethod: false } : undefined;
    }
    if (call.childForFieldName('function')?.type !== 'attribute')
        return undefined;
    const method = module.calleeAttribute(call) ?? '';
    if (method === 'xpath') {
        const value = argument(call, XPATH_METHOD.name, XPATH_METHOD.position);
        return value ? { value, pathMethod: false } : undefined;
    }
    if (PATH_METHODS.has(method) && XML_MODULES.some((candidate) => module.importsModule(candidate))) {
        const value = argument(call, 'path', 0);
        return value ? { value, pathMethod: true } : undefined;
    }
    return undefined;
}
/** The XPath sink of a call; a path method counts only with a built path in XPath syntax, a parameter or unknown value only when formatted in here. */
function xpathSink(call, module) {
    const sink = xpathExpression(call, module);
    if (!sink)
        return undefined;
    const built = builtText(sink.value, module);
    if (sink.pathMethod && !(built && XPATH_SYNTAX.test(built)))
        return undefined;
    return { value: sink.value, refine: (trace) => ((trace.kind === 'parameter' || trace.kind === 'unknown') && !built ? undefined : trace) };
}
export default taintRule({
    id: 'xpath-injection',
    aliases: [],
    category: 'xpath-injection',
    cwe: 643,
    severity: 'high',
    confidence: 'high',
    cost: 'deep',
    message: 'XPath expression built from run-time data: quotes and brackets in it change the query (XPath injection)',
    fix: 'Keep the expression constant and bind values as XPath variables: `tree.xpath("//user[@name=$name]", name=value)`, `etree.XPath("//user[@name=$name]")(tree, name=value)`.',
    triggers: [...Object.keys(XPATH_FUNCTIONS).map(lastName), 'xpath', ...PATH_METHODS],
    callees: [...Object.keys(XPATH_FUNCTIONS).map(lastName), 'xpath', ...PATH_METHODS],
    docs: {
        why: 'A name like `\' or \'1\'=\'1` turns `//user[@name=\'NAME\']` into a query that matches every node: logins built on XML user '
            + 'stores pass, and hidden nodes leak. XPath has no escaping function, so values must be bound as variables. The rule follows '
            + 'the expression passed to lxml `XPath()`/`ETXPath()`, `.xpath()` (lxml, parsel/Scrapy) and ElementTree `find`/`findall`/'
            + '`findtext`/`iterfind`: request data → high severity; a parameter or an unknown value formatted into it at the call → shown, not blocking.',
        bad: [
            'from flask import request\nfrom lxml import etree\ndef login():\n    tree = etree.parse("users.xml")\n    name = request.form["name"]\n    return tree.xpath(f"//user[@name=\'{name}\']")\n',
            'import xml.etree.ElementTree as ET\ndef price(request):\n    root = ET.parse("catalog.xml").getroot()\n    return root.find(".//item[@sku=\'" + request.GET["sku"] + "\']/price").text\n',
        ],
        good: [
            'from flask import request\nfrom lxml import etree\ndef login():\n    tree = etree.parse("users.xml")\n    return tree.xpath("//user[@name=$name]", name=request.form["name"])\n',
            'import xml.etree.ElementTree as ET\ndef price(request):\n    root = ET.parse("catalog.xml").getroot()\n    return root.find(".//item[@sku=\'%d\']/price" % int(request.GET["sku"])).text\n',
        ],
        references: ['https://cwe.mitre.org/data/definitions/643.html', 'https://owasp.org/www-community/attacks/XPATH_Injection', 'https://lxml.de/xpathxslt.html#the-xpath-method'],
    },
    sinkClass: 'xpath',
    levels: LEVELS,
    describe: (source) => `XPath expression built from ${source} (XPath injection)`,
    match: { call: xpathSink },
});
