import { levelTable, taintRule } from '../support/taint-rule.js';
import { argument, keywordArgument } from '../../python/arguments.js';
/** Header-map methods (`response.headers.add("X", value)`) → the parameter holding the value. */
const HEADER_METHODS = {
    add: { name: '_value', position: 1 },
    set: { name: '_value', position: 1 },
    setdefault: { name: 'default', position: 1 },
    add_header: { name: '_value', position: 1 },
    update: { name: 'other', position: 0 },
    extend: { name: 'other', position: 0 },
};
/** Response factories whose `headers` (keyword, or this position) become response headers. */
const HEADER_POSITIONS = { make_response: 2 };
/** A name or constructor that holds a response: `response`, `resp`, `HttpResponse(...)`, `make_response(...)`, `redirect(...)`. */
const RESPONSE_NAME = /resp/i;
const RESPONSE_FACTORY = /(Response\w*|make_response|redirect|render|render_to_response|HttpResponse\w*)$/;
/** Where the header value comes from → levels; a parameter is how header helpers are written: shown only. */
const LEVELS = levelTable({
    request: { severity: 'high', confidence: 'high' },
    parameter: { severity: 'low', confidence: 'low' },
});
/**
 * Request headers and cookies arrive one per line, so the HTTP parser has already cut them at CR/LF: echoed into a
 * response header (`X-Request-Id`) they cannot split it. Query strings, forms, bodies and URL paths are decoded and can.
 */
const LINE_SAFE_SOURCE = /^[\w.]*\b(headers|META|environ|COOKIES|cookies)\b/;
/** Is this expression a response object (or, with `headers`, its header map)? */
function isResponse(node, module, depth = 0) {
    if (depth > 3)
        return false;
    if (node.type === 'attribute') {
        const attribute = node.childForFieldName('attribute')?.text ?? '';
        return RESPONSE_NAME.test(attribute) && !/request/i.test(attribute);
    }
    if (node.type === 'call')
        return RESPONSE_FACTORY.test(module.callName(node) ?? module.calleeAttribute(node) ?? '');
    if (node.type !== 'identifier')
        return false;
    // Bound in this scope: what it is bound to decides (`response_data = {}` is a dict); a parameter goes by its name.
    const values = module.valuesOf(node) ?? [];
    if (values.length > 0)
        return values.some((value) => isResponse(value, module, depth + 1));
    return RESPONSE_NAME.test(node.text);
}
/** `response.headers` (Flask, Starlette, Django 3.2+, WebOb). */
function isHeaderMap(node, module) {
    if (node.type !== 'attribute' || node.childForFieldName('attribute')?.text !== 'headers')
        return false;
    const owner = node.childForFieldName('object');
    return !!owner && isResponse(owner, module);
}
/** `response["X"] = v` (Django) or `response.headers["X"] = v`: the header name's node. */
function assignedHeader(target, module) {
    if (target.type !== 'subscript')
        return undefined;
    const owner = target.childForFieldName('value');
    if (!owner || !(isHeaderMap(owner, module) || isResponse(owner, module)))
        return undefined;
    return target.childForFieldName('subscript') ?? undefined;
}
/** The sink of a header value: reported at `at`, named `label` in the flow, worded by the header's name when constant. */
function headerSink(value, at, header, label) {
    const what = /^location$/i.test(header ?? '') ? 'Location header (response splitting, open redirect)' : `response header${header ? ` ${header}` : ''} (header injection)`;
    return { value, at, label, describe: (source) => `${source} is written into the ${what}`, refine: lineBreakPossible };
}
/** Request headers and cookies cannot carry a line break (see LINE_SAFE_SOURCE): not a finding. */
function lineBreakPossible(trace) {
    return trace.kind === 'request' && LINE_SAFE_SOURCE.test(trace.flow[0] ?? '') ? undefined : trace;
}
/** `response["X"] = value`, `response.headers["X"] = value`. */
function assignedSink(node, module) {
    const target = node.childForFieldName('left');
    const value = node.childForFieldName('right');
    const name = target ? assignedHeader(target, module) : undefined;
    if (!name || !value)
        return undefined;
    const header = module.constant(name);
    return headerSink(value, node, typeof header === 'string' ? header : undefined, target.text);
}
/** `response.headers.add("X", value)`, `make_response(body, status, headers)`, `HttpResponse(..., headers=...)`. */
function calledSink(node, module) {
    const callee = node.childForFieldName('function');
    const method = module.calleeAttribute(node) ?? '';
    if (callee?.type === 'attribute' && Object.hasOwn(HEADER_METHODS, method) && isHeaderMap(callee.childForFieldName('object'), module)) {
        const spec = HEADER_METHODS[method];
        const value = argument(node, spec.name, spec.position) ?? argument(node, 'value', null);
        const header = argument(node, '_key', 0);
        const name = header && spec.position === 1 ? module.constant(header) : undefined;
        return value ? headerSink(value, node, typeof name === 'string' ? name : undefined, callee.text) : undefined;
    }
    if (!RESPONSE_FACTORY.test(module.callName(node) ?? method))
        return undefined;
    const headers = keywordArgument(node, 'headers') ?? (Object.hasOwn(HEADER_POSITIONS, method) ? argument(node, null, HEADER_POSITIONS[method]) : undefined);
    return headers ? headerSink(headers, node, undefined, `${callee?.text ?? method}(headers=...)`) : undefined;
}
export default taintRule({
    id: 'header-injection',
    aliases: [],
    category: 'header-injection',
    cwe: 113,
    severity: 'high',
    confidence: 'high',
    cost: 'deep',
    message: 'response header set from request data: CR/LF in it splits the response (HTTP header injection)',
    fix: 'Do not copy request data into headers; when you must, percent-encode it (urllib.parse.quote), cast it (int()), or check it against an allow-list. For Location, redirect to a URL you built (url_for/reverse).',
    // Every sink writes `headers`, or a receiver named like a response or bound to a factory (`resp`, `redirect(...)`, `render(...)`).
    triggers: ['headers', /resp/i, 'redirect', 'render'],
    callees: [...Object.keys(HEADER_METHODS), ...Object.keys(HEADER_POSITIONS)],
    calleeKeywords: /^headers$/,
    docs: {
        why: 'A header value with `\\r\\n` in it ends the header and starts another, or the body: the client (or a cache in front of it) '
            + 'receives cookies, redirects or HTML the attacker chose (response splitting, CWE-113). Newer Werkzeug and Django reject newlines '
            + 'in header values, which turns the attack into an error page, but older stacks, custom WSGI code and proxies do not; a Location '
            + 'or Content-Disposition built from input is also an open redirect or a download-name spoof. The rule follows request data into '
            + '`response["X"] = …`, `response.headers[...]`, `headers.add/set/update` and the `headers=` of response constructors; request headers and cookies echoed back cannot hold a line break and are not reported.',
        bad: [
            'from django.http import HttpResponse\ndef download(request):\n    response = HttpResponse(b"...", content_type="application/pdf")\n    response["Content-Disposition"] = "attachment; filename=" + request.GET["name"]\n    return response\n',
            'from flask import Flask, request, make_response\napp = Flask(__name__)\n@app.route("/lang")\ndef lang():\n    resp = make_response("ok")\n    resp.headers["Content-Language"] = request.args.get("lang", "en")\n    return resp\n',
        ],
        good: [
            'from urllib.parse import quote\nfrom django.http import HttpResponse\ndef download(request):\n    response = HttpResponse(b"...", content_type="application/pdf")\n    response["Content-Disposition"] = "attachment; filename=" + quote(request.GET["name"])\n    return response\n',
            'from flask import Flask, request, make_response\napp = Flask(__name__)\nLANGUAGES = {"en", "fr", "de"}\n@app.route("/lang")\ndef lang():\n    resp = make_response("ok")\n    lang = request.args.get("lang", "en")\n    if lang not in LANGUAGES:\n        lang = "en"\n    resp.headers["Content-Language"] = lang\n    return resp\n',
        ],
        references: ['https://cwe.mitre.org/data/definitions/113.html', 'https://owasp.org/www-community/attacks/HTTP_Response_Splitting', 'https://codeql.github.com/codeql-query-help/python/py-http-response-splitting/'],
    },
    sinkClass: 'header',
    levels: LEVELS,
    match: { assignment: assignedSink, call: calledSink },
});
