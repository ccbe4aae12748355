import { lastName } from '../support/name-triggers.js';
import { REQUEST_ONLY, taintRule } from '../support/taint-rule.js';
import { enclosingFunction } from '../../python/syntax.js';
import { argument, keywordArgument } from '../../python/arguments.js';
import { isRouteHandler } from '../../python/taint.js';
// Callee → the parameter holding the body that the browser renders as HTML.
const HTML_SINKS = {
    'django.http.HttpResponse': { name: 'content', position: 0 },
    'django.http.HttpResponseBadRequest': { name: 'content', position: 0 },
    'django.http.HttpResponseNotFound': { name: 'content', position: 0 },
    'django.http.HttpResponseForbidden': { name: 'content', position: 0 },
    'django.http.HttpResponseServerError': { name: 'content', position: 0 },
    'django.http.HttpResponseGone': { name: 'content', position: 0 },
    'django.utils.safestring.mark_safe': { name: 's', position: 0 },
    'django.utils.safestring.SafeString': { name: 's', position: 0 },
    'django.utils.html.mark_safe': { name: 's', position: 0 },
    'flask.make_response': { name: 'rv', position: 0 },
    'flask.Markup': { name: 'object', position: 0 },
    'markupsafe.Markup': { name: 'object', position: 0 },
    'jinja2.Markup': { name: 'object', position: 0 },
    'starlette.responses.HTMLResponse': { name: 'content', position: 0 },
    'fastapi.responses.HTMLResponse': { name: 'content', position: 0 },
    // Response classes whose default content type is text/html.
    'flask.Response': { name: 'response', position: 0 },
    'flask.wrappers.Response': { name: 'response', position: 0 },
    'werkzeug.Response': { name: 'response', position: 0 },
    'werkzeug.wrappers.Response': { name: 'response', position: 0 },
    'pyramid.response.Response': { name: 'body', position: 0 },
    'webob.Response': { name: 'body', position: 0 },
    'webob.response.Response': { name: 'body', position: 0 },
};
/** Keywords that give a response's body as text, besides the positional body (`Response(text=...)` in WebOb/Pyramid). */
const BODY_KEYWORDS = ['text', 'body', 'content', 'response'];
/** An AWS Lambda handler (`def handler(event, context)`): the event is the HTTP request API Gateway passed in. */
const LAMBDA_PARAMETERS = /^\(\s*(event|evt)\s*(?::[^,]*)?,\s*_?context\s*(?::[^,)]*)?\)$/;
function sinkOf(name) {
    // `django.http.response.HttpResponse` is the same class as `django.http.HttpResponse`.
    return HTML_SINKS[name.replace(/^django\.http\.response\./, 'django.http.')];
}
export default taintRule({
    id: 'xss-response-from-request',
    aliases: [],
    category: 'xss',
    cwe: 79,
    severity: 'high',
    confidence: 'high',
    cost: 'deep',
    message: 'request data is sent back as HTML without escaping (reflected XSS)',
    fix: 'Render through a template (autoescaping on), or escape the value with django.utils.html.escape / markupsafe.escape before it enters the response.',
    // A sink's last segment, or `flask` for the return from a Flask view (which needs `import flask`).
    triggers: [...Object.keys(HTML_SINKS).map(lastName), 'flask', /context/],
    // The sinks' last segments (the `django.http.response.` spelling keeps them); the return_statement handler is not filtered.
    callees: Object.keys(HTML_SINKS).map(lastName),
    docs: {
        why: 'A response body is rendered by the browser as HTML unless its content type says otherwise. Request data copied into it unescaped '
            + 'lets whoever crafts the link run script in the victim\'s session. The rule follows the value inside the function, from '
            + '`request.GET`/`request.args`/route parameters through assignments and string building into HttpResponse, mark_safe, '
            + 'make_response, Markup, Flask/Werkzeug/Pyramid/WebOb Response, a string returned by a Flask route, or the `body` of an AWS Lambda '
            + 'handler\'s HTML response (the API Gateway event is request data); escaping on the way or a non-HTML content type ends the flow.',
        bad: [
            'from django.http import HttpResponse\ndef hello(request):\n    name = request.GET.get("name", "")\n    return HttpResponse("<h1>Hello " + name + "</h1>")\n',
            'from flask import Flask, request\napp = Flask(__name__)\n@app.route("/hello")\ndef hello():\n    return f"<h1>Hello {request.args[\'name\']}</h1>"\n',
            'def handler(event, context):\n    name = event["queryStringParameters"]["name"]\n    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": "<h1>" + name + "</h1>"}\n',
        ],
        good: [
            'from django.http import HttpResponse\nfrom django.utils.html import escape\ndef hello(request):\n    name = escape(request.GET.get("name", ""))\n    return HttpResponse("<h1>Hello " + name + "</h1>")\n',
            'from django.http import HttpResponse\ndef hello(request):\n    return HttpResponse(request.GET["name"], content_type="text/plain")\n',
        ],
        references: ['https://cwe.mitre.org/data/definitions/79.html', 'https://owasp.org/www-community/attacks/xss/', 'https://docs.djangoproject.com/en/stable/topics/security/#cross-site-scripting-xss-protection'],
    },
    sinkClass: 'html',
    levels: REQUEST_ONLY,
    describe: (source) => `${source} is sent back as HTML without escaping (reflected XSS)`,
    match: { call: responseBody, return_statement: returnedBody },
});
/** The body of a response an HTML-rendering callee builds (not one declared as another content type). */
function responseBody(node, module) {
    const name = module.callName(node);
    const spec = name ? sinkOf(name) : undefined;
    if (!spec)
        return undefined;
    const contentType = keywordArgument(node, 'content_type') ?? keywordArgument(node, 'media_type') ?? keywordArgument(node, 'mimetype');
    const declared = contentType ? module.constant(contentType) : undefined;
    if (typeof declared === 'string' && !/html/i.test(declared))
        return undefined; // text/plain, application/json: not rendered as markup
    const value = argument(node, spec.name, spec.position) ?? BODY_KEYWORDS.map((keyword) => keywordArgument(node, keyword)).find(Boolean);
    return value ? { value, refine: lambdaEventIsRequest(node) } : undefined;
}
/** A Lambda handler's HTML body, or a string a Flask view returns: Flask sends it as text/html. */
function returnedBody(node, module) {
    const value = node.firstNamedChild;
    const fn = enclosingFunction(node);
    if (!value || fn?.type !== 'function_definition')
        return undefined;
    const body = lambdaHtmlBody(value, fn, module);
    if (body)
        return { value: body, label: 'HTML body returned by a Lambda handler', refine: lambdaEventIsRequest(node) };
    if (!module.importsModule('flask') || !isStringBuilt(value, module) || !isRouteHandler(fn))
        return undefined;
    return { value, label: 'return from a Flask view', refine: lambdaEventIsRequest(node) };
}
/** The refine hook: a trace from the event parameter of the Lambda handler the sink is in is request data. */
function lambdaEventIsRequest(sink) {
    return (trace) => (fromLambdaEvent(trace, sink) ? { ...trace, kind: 'request' } : trace);
}
/** The trace starts at the event parameter of the Lambda handler the sink is in. */
function fromLambdaEvent(trace, sink) {
    if (trace.kind !== 'parameter')
        return false;
    const fn = enclosingFunction(sink);
    const parameters = fn?.childForFieldName('parameters');
    if (!parameters || !LAMBDA_PARAMETERS.test(parameters.text))
        return false;
    const event = parameters.namedChildren[0]?.text.split(':')[0].trim();
    return !!event && trace.flow[0]?.startsWith(`${event} (parameter`) === true;
}
/**
 * `return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": html}` from a Lambda handler: the
 * body, when the declared content type is HTML (API Gateway's default is JSON).
 */
function lambdaHtmlBody(value, fn, module) {
    if (value.type !== 'dictionary' || !LAMBDA_PARAMETERS.test(fn.childForFieldName('parameters')?.text ?? ''))
        return undefined;
    const entry = (dictionary, key) => dictionary.namedChildren.find((pair) => {
        const name = pair.type === 'pair' ? pair.childForFieldName('key') : null;
        const text = name ? module.constant(name) : undefined;
        return typeof text === 'string' && key.test(text);
    })?.childForFieldName('value') ?? undefined;
    const headers = entry(value, /^headers$/);
    const contentType = headers?.type === 'dictionary' ? entry(headers, /^content-type$/i) : undefined;
    const declared = contentType ? module.constant(contentType) : undefined;
    return typeof declared === 'string' && /html/i.test(declared) ? entry(value, /^body$/) : undefined;
}
/** Request members whose items are strings: a Flask view returning one sends it as HTML. */
const STRING_MEMBERS = /(^|\.)(args|form|values|cookies|headers)(\.get\(|\[)/;
/**
 * A value that is text: a string literal, f-string, concatenation, `%` or `.format()`, or a string item of the request
 * (`request.args["q"]`); a dict, a Response or another call's result is not.
 */
function isStringBuilt(node, module, depth = 0) {
    if (depth > 3)
        return false;
    if ((node.type === 'subscript' || node.type === 'call') && STRING_MEMBERS.test(node.text) && !/^\w+\(/.test(node.text))
        return true;
    if (node.type === 'call')
        return module.calleeAttribute(node) === 'format' || module.calleeAttribute(node) === 'join';
    if (node.type === 'identifier')
        return (module.valuesOf(node) ?? []).some((value) => value.type !== 'identifier' && isStringBuilt(value, module, depth + 1));
    return module.fold(node) !== null;
}
