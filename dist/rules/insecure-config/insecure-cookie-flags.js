import { defineRule } from '../types.js';
import { argument, argumentList, hasKeywordSplat, positionalArguments } from '../../python/arguments.js';
import { AUTH_COOKIE, COOKIE_SETTERS, CSRF_COOKIE, PREFERENCE_COOKIE } from './support/cookie-names.js';
/** Werkzeug, Django and Starlette take (key, value, max_age, expires, path, domain, secure, httponly, samesite). */
const FLAG_POSITIONS = { secure: 6, httponly: 7, samesite: 8 };
/** What each missing attribute exposes. */
const FLAG_RISKS = {
    secure: 'sent over plain HTTP too',
    httponly: 'readable by page scripts (XSS steals it)',
    samesite: 'sent on cross-site requests',
};
export default defineRule({
    id: 'insecure-cookie-flags',
    aliases: [],
    category: 'insecure-config',
    cwe: 614,
    severity: 'medium',
    confidence: 'high',
    cost: 'fast',
    message: 'cookie set without the secure/httponly/samesite attributes',
    fix: 'Pass secure=True, httponly=True and samesite="Lax" (or "Strict") to set_cookie().',
    triggers: [...COOKIE_SETTERS],
    callees: COOKIE_SETTERS,
    docs: {
        why: 'Without `secure` the browser also sends the cookie over plain HTTP, where a network attacker reads it; without `httponly` any script on the page (an XSS bug, a compromised third-party script) can read it; without `samesite` it rides along on cross-site requests (CSRF). For a session or login cookie (names like session, sid, auth, token, jwt, remember_me) a missing `secure` or `httponly` hands the account over: high severity, medium confidence (the name is the evidence), so it blocks. Other cookies are medium (a display preference or consent cookie named as such, like `theme`, `lang` or `cookie_consent`, only in `--profile audit`), and a missing `samesite` alone is low: browsers default to Lax. A CSRF cookie is meant to be read by the page, so only `secure` counts for it. Flags passed from settings (`secure=settings.SESSION_COOKIE_SECURE`) or through `**kwargs` count as set.',
        bad: [
            'from flask import make_response\ndef login_view(user):\n    response = make_response("ok")\n    response.set_cookie("session_id", user.session_token)\n    return response\n',
            'def remember_cart(response, cart_id):\n    response.set_cookie("cart", cart_id, max_age=3600)\n    return response\n',
            'def remember(response, token):\n    response.set_cookie("remember_token", token, secure=False, httponly=True, samesite="Lax")\n',
        ],
        good: [
            'from flask import make_response\ndef login_view(user):\n    response = make_response("ok")\n    response.set_cookie("session_id", user.session_token, secure=True, httponly=True, samesite="Lax")\n    return response\n',
            'from django.conf import settings\ndef store(response, value):\n    response.set_cookie("prefs", value, secure=settings.SESSION_COOKIE_SECURE, httponly=True, samesite="Strict")\n',
            'def set_theme(request, response):\n    response.set_cookie("theme", request.GET.get("theme", "light"), max_age=3600)  # a preference: audit profile only\n    return response\n',
            'from http.cookiejar import CookieJar\ndef remember(jar: CookieJar, cookie):\n    jar.set_cookie(cookie)\n',
            'def finish(response, options):\n    response.set_cookie("sid", "x", **options)\n',
        ],
        references: ['https://owasp.org/www-community/controls/SecureCookieAttribute', 'https://owasp.org/www-community/HttpOnly', 'https://flask.palletsprojects.com/en/stable/security/#set-cookie-options', 'https://cwe.mitre.org/data/definitions/614.html', 'https://cwe.mitre.org/data/definitions/1004.html'],
    },
    create(context) {
        const { module } = context;
        /** True when the flag is missing or written as a false constant; a run-time value counts as set. */
        const missing = (call, flag) => {
            const value = argument(call, flag, FLAG_POSITIONS[flag]);
            if (!value)
                return true;
            const constant = module.constant(value);
            return constant === false || constant === null || constant === 0 || constant === '' || (flag === 'samesite' && typeof constant === 'string' && constant.toLowerCase() === 'none');
        };
        return {
            call(node) {
                const method = module.calleeAttribute(node);
                if (!method || !COOKIE_SETTERS.includes(method) || node.childForFieldName('function')?.type !== 'attribute')
                    return;
                // A cookie jar's set_cookie(cookie) takes one Cookie object; a response's takes a name and a value.
                const args = argumentList(node);
                const name = argument(node, 'key', 0) ?? argument(node, 'name', 0);
                if (args.length < 2 || !name || hasKeywordSplat(node) || positionalArguments(node).length > 6)
                    return;
                // Deleting a cookie (no value or an empty one, max_age=0, expires=0) sends nothing worth protecting.
                const value = argument(node, 'value', 1);
                const maxAge = argument(node, 'max_age', 2);
                const expires = argument(node, 'expires', 3);
                if (!value || module.constant(value) === '' || (maxAge && module.constant(maxAge) === 0) || (expires && module.constant(expires) === 0))
                    return;
                const cookieName = module.constant(name);
                const label = typeof cookieName === 'string' ? cookieName : name.text;
                const isCsrf = CSRF_COOKIE.test(label);
                const absent = Object.keys(FLAG_POSITIONS).filter((flag) => missing(node, flag) && !(isCsrf && flag === 'httponly'));
                if (absent.length === 0)
                    return;
                const serious = absent.filter((flag) => flag !== 'samesite');
                const auth = !isCsrf && AUTH_COOKIE.test(label);
                let severity = serious.length === 0 ? 'low' : 'medium';
                let confidence = 'high';
                if (serious.length > 0 && auth) {
                    severity = 'high';
                    confidence = 'medium';
                }
                const risks = absent.map((flag) => `${flag} (${FLAG_RISKS[flag]})`).join(', ');
                const kind = auth ? 'session/login cookie' : 'cookie';
                // A theme or language cookie protects nothing: listed for auditors only.
                const auditOnly = !auth && typeof cookieName === 'string' && PREFERENCE_COOKIE.test(cookieName);
                context.report({ node, severity, confidence, auditOnly, message: `${kind} '${label}' set without ${risks}` });
            },
        };
    },
});
