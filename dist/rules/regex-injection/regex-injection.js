import { lastName } from '../support/name-triggers.js';
import { REQUEST_ONLY, taintRule } from '../support/taint-rule.js';
import { argument, argumentList } from '../../python/arguments.js';
import { mayHoldRequestData } from '../../python/taint.js';
/** Functions that compile their first argument as a regular expression (`re` and the `regex` package). */
const REGEX_FUNCTIONS = ['compile', 'match', 'search', 'fullmatch', 'findall', 'finditer', 'sub', 'subn', 'split']
    .flatMap((name) => [`re.${name}`, `regex.${name}`]);
const PATTERN_PARAMETER = { name: 'pattern', position: 0 };
/** Django lookups that run the value as a database regex (`filter(name__regex=...)`). */
const DJANGO_REGEX_LOOKUP = /__i?regex$/;
/** MongoDB's regex operator (`{"name": {"$regex": value}}`). */
const MONGO_REGEX_KEY = '$regex';
/**
 * Only the client choosing the pattern is reported: patterns from parameters, configuration and command lines
 * (`grep`-like tools) are how regex APIs are meant to be used.
 */
const LEVELS = REQUEST_ONLY;
/** The callee's first name is an import (`re.match`, `from re import match`), not a local that shares it (`regex.match(s)`). */
function isImported(call, module) {
    let root = call.childForFieldName('function');
    while (root?.type === 'attribute')
        root = root.childForFieldName('object');
    return root?.type === 'identifier' && module.imports.aliases.has(root.text) && !module.scopeOf(root).bindings.has(root.text);
}
/** The pattern of a `re`/`regex` call, or each `__regex` lookup of a query; none where no request data can be. */
function calledPatterns(node, module) {
    const sinks = patternsOf(node, module);
    return sinks.length > 0 && mayHoldRequestData(node, module) ? sinks : []; // only request data is reported
}
function patternsOf(node, module) {
    const name = module.callName(node) ?? '';
    if (REGEX_FUNCTIONS.includes(name) && isImported(node, module)) {
        const pattern = argument(node, PATTERN_PARAMETER.name, PATTERN_PARAMETER.position);
        return pattern ? [{ value: pattern }] : [];
    }
    const sinks = [];
    for (const arg of argumentList(node)) {
        const keyword = arg.type === 'keyword_argument' ? arg.childForFieldName('name')?.text ?? '' : '';
        const value = arg.childForFieldName('value');
        if (DJANGO_REGEX_LOOKUP.test(keyword) && value)
            sinks.push({ value, label: `${module.calleeAttribute(node) ?? 'filter'}(${keyword}=...)` });
    }
    return sinks;
}
/** `{"$regex": value}`. */
function mongoPattern(node, module) {
    const key = node.childForFieldName('key');
    const value = node.childForFieldName('value');
    if (!key || !value || module.constant(key) !== MONGO_REGEX_KEY || !mayHoldRequestData(node, module))
        return undefined;
    return { value, label: MONGO_REGEX_KEY };
}
export default taintRule({
    id: 'regex-injection',
    aliases: [],
    category: 'regex-injection',
    cwe: 1333,
    severity: 'high',
    confidence: 'high',
    cost: 'deep',
    message: 'regular expression built from request data: a crafted pattern backtracks for minutes (ReDoS) or matches more than intended',
    fix: 'Escape the value with re.escape() before it enters a pattern, or match it as plain text (`in`, str.startswith); for search boxes, use a fixed pattern around the escaped term.',
    triggers: ['re', 'regex', /__i?regex/, MONGO_REGEX_KEY],
    callees: [...new Set(REGEX_FUNCTIONS.map(lastName))],
    calleeKeywords: DJANGO_REGEX_LOOKUP,
    docs: {
        why: 'Python\'s `re` backtracks: a pattern like `(a+)+$` against a long run of `a`s takes exponential time, and one request pins a worker '
            + '(CWE-1333, denial of service). Letting the client write the pattern also lets it match data it should not see (`.*`). The rule '
            + 'follows request data into the pattern of `re`/`regex` functions, Django `__regex`/`__iregex` lookups and MongoDB `$regex`; '
            + '`re.escape()` ends the flow. Patterns from parameters and command lines are not reported.',
        bad: [
            'import re\nfrom flask import request\ndef search(names):\n    pattern = re.compile(request.args["q"])\n    return [name for name in names if pattern.search(name)]\n',
            'from django.http import JsonResponse\nfrom shop.models import Product\ndef search(request):\n    found = Product.objects.filter(name__iregex=request.GET["q"])\n    return JsonResponse({"ids": [p.id for p in found]})\n',
        ],
        good: [
            'import re\nfrom flask import request\ndef search(names):\n    pattern = re.compile(re.escape(request.args["q"]), re.IGNORECASE)\n    return [name for name in names if pattern.search(name)]\n',
            'from django.http import JsonResponse\nfrom shop.models import Product\ndef search(request):\n    found = Product.objects.filter(name__icontains=request.GET["q"])\n    return JsonResponse({"ids": [p.id for p in found]})\n',
        ],
        references: ['https://cwe.mitre.org/data/definitions/1333.html', 'https://owasp.org/www-community/attacks/Regular_expression_Denial_of_Service_-_ReDoS', 'https://codeql.github.com/codeql-query-help/python/py-regex-injection/'],
    },
    sinkClass: 'regex',
    levels: LEVELS,
    describe: (source) => `regular expression built from ${source} (ReDoS, regex injection)`,
    match: { call: calledPatterns, pair: mongoPattern },
});
