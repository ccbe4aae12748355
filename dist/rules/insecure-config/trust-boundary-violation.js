import { levelTable, taintRule } from '../support/taint-rule.js';
import { argument } from '../../python/arguments.js';
import { COOKIE_SETTERS } from './support/cookie-names.js';
import { isRequestObject } from '../../python/taint.js';
/** Module-level session proxies (Flask, Quart); Django, Starlette and Pyramid hang the session on the request. */
const SESSION_PROXIES = new Set(['flask.session', 'quart.session']);
const SETTERS = new Set(COOKIE_SETTERS);
/**
 * Functions whose names say they check a value (`valid_login`, `check_for_language`, `is_allowed`): a value passed to
 * one in an enclosing `if` condition was looked at before it was stored. The tracer's guards follow names; this also
 * covers the same request expression written twice (`if valid_login(request.form["user"], …): session["user"] = request.form["user"]`).
 */
const VALIDATOR_NAME = /valid|check|verify|allowed|permitted|authenticat|login/i;
/** Only request data is reported, at the rule's levels. */
const LEVELS = levelTable({
    request: { severity: 'medium', confidence: 'high' },
});
export default taintRule({
    id: 'trust-boundary-violation',
    aliases: [],
    category: 'insecure-config',
    cwe: 501,
    severity: 'medium',
    confidence: 'high',
    cost: 'deep',
    message: 'request data stored in the session or a cookie without validation',
    fix: 'Validate the value first (an allow-list, int(), a form or serializer) and store only what the server decided; keep authorisation state (roles, user ids, prices) server-side.',
    triggers: ['session', ...COOKIE_SETTERS],
    // The call handler looks at cookie setters only; the session is written by assignment.
    callees: COOKIE_SETTERS,
    docs: {
        why: 'The session is where the server keeps what it has decided (who is logged in, their role, the basket total); code that later reads it trusts it. Copying request data into it unchecked lets the client write into that trusted store: a `role`, `user_id` or `is_admin` taken from a form becomes the truth for every later request. Cookies set from request data reflect attacker-chosen content back (header and cookie injection, session fixation). Medium severity: harm depends on what reads the value later. Values that passed through int(), an allow-list check or another sanitiser are not reported, nor a value passed to a checking function (`valid_login(...)`, `check_for_language(...)`) in an enclosing `if` condition.',
        bad: [
            'from flask import request, session\n@app.route("/login", methods=["POST"])\ndef login():\n    session["role"] = request.form["role"]\n    return "ok"\n',
            'def set_language(request):\n    request.session["user_id"] = request.POST.get("user_id")\n',
            'from flask import request, make_response\n@app.route("/track")\ndef track():\n    response = make_response("ok")\n    response.set_cookie("ref", request.args.get("ref"), secure=True, httponly=True, samesite="Lax")\n    return response\n',
        ],
        good: [
            'from flask import request, session\n@app.route("/page")\ndef page():\n    session["page"] = int(request.args["page"])\n    return "ok"\n',
            'def login(request, user):\n    request.session["user_id"] = user.pk\n',
        ],
        references: ['https://cwe.mitre.org/data/definitions/501.html', 'https://owasp.org/www-project-web-security-testing-guide/latest/4-Web_Application_Security_Testing/06-Session_Management_Testing/'],
    },
    sinkClass: undefined,
    levels: LEVELS,
    match: { assignment: sessionStore, call: cookieStore },
});
/** `session[...]` (Flask proxy) or `request.session[...]` (Django, Starlette, Pyramid). */
function isSession(node, module) {
    if (!node)
        return false;
    // Named `session` or imported as Flask's proxy: checked from the text first, as every subscript store comes here.
    if (node.type === 'identifier')
        return (node.text === 'session' || SESSION_PROXIES.has(module.imports.aliases.get(node.text) ?? '')) && SESSION_PROXIES.has(module.qualifiedName(node) ?? '');
    if (node.type !== 'attribute' || node.childForFieldName('attribute')?.text !== 'session')
        return false;
    if (SESSION_PROXIES.has(module.qualifiedName(node) ?? ''))
        return true; // `flask.session[...]`
    const owner = node.childForFieldName('object');
    return !!owner && isRequestObject(owner, module);
}
/** An enclosing `if` (or `elif`) whose condition passes this very expression to a validator. */
function checkedBefore(value, module) {
    for (let child = value, node = value.parent; node && node.type !== 'function_definition' && node.type !== 'module'; child = node, node = node.parent) {
        // Only the branch the check lets through: not `else`, not a later `elif`.
        if ((node.type !== 'if_statement' && node.type !== 'elif_clause') || node.childForFieldName('consequence')?.id !== child.id)
            continue;
        const condition = node.childForFieldName('condition');
        const validated = condition && [condition, ...condition.descendantsOfType('call')].some((call) => call.type === 'call'
            && VALIDATOR_NAME.test(module.calleeAttribute(call) ?? '')
            && (call.childForFieldName('arguments')?.namedChildren ?? []).some((argument) => argument.text === value.text));
        if (validated)
            return true;
    }
    return false;
}
/** Request data stored somewhere the server trusts, unless checked first; reported at `at`, the flow ending at `sink`. */
function storedValue(value, sink, what, at, module) {
    if (checkedBefore(value, module))
        return undefined;
    return {
        value,
        at,
        label: sink.type === 'call' ? undefined : sink.text,
        describe: () => `request data stored ${what} without validation`,
        // A parameter of a function that merely looks like a view (`login(request, user, backend)`) is not request data.
        refine: (trace) => (trace.origin === 'view-parameter' ? undefined : trace),
    };
}
/** `session["key"] = value`. */
function sessionStore(node, module) {
    const target = node.childForFieldName('left');
    const value = node.childForFieldName('right');
    if (target?.type !== 'subscript' || !value || !isSession(target.childForFieldName('value'), module))
        return undefined;
    return storedValue(value, target, 'in the session', node, module);
}
/** `response.set_cookie("name", value)`. */
function cookieStore(node, module) {
    const method = module.calleeAttribute(node);
    if (!method || !SETTERS.has(method) || node.childForFieldName('function')?.type !== 'attribute')
        return undefined;
    const value = argument(node, 'value', 1);
    return value ? storedValue(value, node, 'in a cookie', node, module) : undefined;
}
