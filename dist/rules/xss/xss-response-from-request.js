import { lastName } from '../name-triggers.js';
import { defineRule } from '../types.js';
import { enclosingFunction } from '../../python/syntax.js';
import { argument, keywordArgument } from '../../python/arguments.js';
import { describeSource, flowMessage, isRouteHandler, sinkFlow, traceValue } from '../../python/taint.js';
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
};
function sinkOf(name) {
    // `django.http.response.HttpResponse` is the same class as `django.http.HttpResponse`.
    return HTML_SINKS[name.replace(/^django\.http\.response\./, 'django.http.')];
}
export default defineRule({
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
    triggers: [...Object.keys(HTML_SINKS).map(lastName), 'flask'],
    // The sinks' last segments (the `django.http.response.` spelling keeps them); the return_statement handler is not filtered.
    callees: Object.keys(HTML_SINKS).map(lastName),
    docs: {
        why: 'A response body is rendered by the browser as HTML unless its content type says otherwise. Request data copied into it unescaped '
            + 'lets whoever crafts the link run script in the victim\'s session. The rule follows the value inside the function, from '
            + '`request.GET`/`request.args`/route parameters through assignments and string building into HttpResponse, mark_safe, '
            + 'make_response, Markup or a string returned by a Flask route; escaping on the way or a non-HTML content type ends the flow.',
        bad: [
            'from django.http import HttpResponse\ndef hello(request):\n    name = request.GET.get("name", "")\n    return HttpResponse("<h1>Hello " + name + "</h1>")\n',
            'from flask import Flask, request\napp = Flask(__name__)\n@app.route("/hello")\ndef hello():\n    return f"<h1>Hello {request.args[\'name\']}</h1>"\n',
        ],
        good: [
            'from django.http import HttpResponse\nfrom django.utils.html import escape\ndef hello(request):\n    name = escape(request.GET.get("name", ""))\n    return HttpResponse("<h1>Hello " + name + "</h1>")\n',
            'from django.http import HttpResponse\ndef hello(request):\n    return HttpResponse(request.GET["name"], content_type="text/plain")\n',
        ],
        references: ['https://cwe.mitre.org/data/definitions/79.html', 'https://owasp.org/www-community/attacks/xss/', 'https://docs.djangoproject.com/en/stable/topics/security/#cross-site-scripting-xss-protection'],
    },
    create(context) {
        const { module } = context;
        const check = (value, sink, label) => {
            const trace = traceValue(value, module, { sink: 'html' });
            if (trace.kind !== 'request')
                return;
            const flow = sinkFlow(trace, sink, label);
            context.report({ node: sink, message: flowMessage(`${describeSource(trace)} is sent back as HTML without escaping (reflected XSS)`, flow), flow });
        };
        return {
            call(node) {
                const name = module.callName(node);
                const spec = name ? sinkOf(name) : undefined;
                if (!spec)
                    return;
                const contentType = keywordArgument(node, 'content_type') ?? keywordArgument(node, 'media_type') ?? keywordArgument(node, 'mimetype');
                const declared = contentType ? module.constant(contentType) : undefined;
                if (typeof declared === 'string' && !/html/i.test(declared))
                    return; // text/plain, application/json: not rendered as markup
                const value = argument(node, spec.name, spec.position);
                if (value)
                    check(value, node);
            },
            // A Flask view that returns a string: Flask sends it as text/html.
            return_statement(node) {
                const value = node.firstNamedChild;
                if (!value || !module.importsModule('flask') || !isStringBuilt(value, module))
                    return;
                const fn = enclosingFunction(node);
                if (fn?.type !== 'function_definition' || !isRouteHandler(fn))
                    return;
                check(value, node, 'return from a Flask view');
            },
        };
    },
});
/** A value that is text: a string literal, f-string, concatenation, `%` or `.format()` (a dict or call result is not). */
function isStringBuilt(node, module) {
    if (node.type === 'call')
        return module.calleeAttribute(node) === 'format' || module.calleeAttribute(node) === 'join';
    if (node.type === 'identifier')
        return (module.valuesOf(node) ?? []).some((value) => value.type !== 'identifier' && isStringBuilt(value, module));
    return module.fold(node) !== null;
}
