import { defineRule } from '../types.js';
import { lastName } from '../support/name-triggers.js';
import { argument } from '../../python/arguments.js';
const DJANGO_EXEMPT = 'django.views.decorators.csrf.csrf_exempt';
const FLASK_WTF_EXEMPT = new Set([
    'flask_wtf.csrf.CSRFProtect().exempt', 'flask_wtf.CSRFProtect().exempt', 'flask_wtf.csrf.CsrfProtect().exempt', 'flask_wtf.CsrfProtect().exempt',
]);
const METHOD_DECORATOR = 'django.utils.decorators.method_decorator';
function exemption(node, module) {
    const name = module.qualifiedName(node);
    if (!name)
        return undefined;
    if (name === DJANGO_EXEMPT)
        return { framework: 'Django', confidence: 'high' };
    if (FLASK_WTF_EXEMPT.has(name))
        return { framework: 'Flask-WTF', confidence: 'high' };
    // `from app.extensions import csrf` … `@csrf.exempt`: the CSRFProtect instance lives in another module.
    if (/(^|\.)csrf\.exempt$/.test(name) && !name.startsWith('django.')) {
        return { framework: 'Flask-WTF', confidence: 'medium' };
    }
    return undefined;
}
export default defineRule({
    id: 'csrf-exempt',
    aliases: [],
    category: 'csrf',
    cwe: 352,
    severity: 'medium',
    confidence: 'high',
    cost: 'fast',
    message: 'view exempted from CSRF protection: any site the user visits can submit this request with their cookies',
    fix: 'Remove the exemption and send the CSRF token with the request; for machine-to-machine endpoints (webhooks), authenticate each request another way (signature header, token) and record that reason in a suppression comment.',
    // Every exemption's resolved name ends in one of them (Django's csrf_exempt, Flask-WTF's `.exempt`).
    triggers: ['csrf_exempt', 'exempt'],
    // A called exemption resolves to a name ending in csrf_exempt or exempt, or is an argument of method_decorator
    // (a bare `@csrf_exempt` is the decorator handler's, not filtered).
    callees: ['csrf_exempt', 'exempt', lastName(METHOD_DECORATOR)],
    docs: {
        why: 'CSRF protection is what stops another web site from making the logged-in user\'s browser submit a form or call an API on this site. csrf_exempt switches it off for one view. Webhooks and token-authenticated APIs legitimately do this, so the finding is medium severity (reported, not blocking): confirm the view authenticates requests without cookies, then suppress with a reason.',
        bad: [
            'from django.views.decorators.csrf import csrf_exempt\n@csrf_exempt\ndef transfer(request):\n    pass\n',
            'from django.utils.decorators import method_decorator\nfrom django.views.decorators.csrf import csrf_exempt\n@method_decorator(csrf_exempt, name="dispatch")\nclass Transfer(View):\n    pass\n',
            'from django.urls import path\nfrom django.views.decorators.csrf import csrf_exempt\nurlpatterns = [path("t/", csrf_exempt(transfer))]\n',
            'from flask_wtf.csrf import CSRFProtect\ncsrf = CSRFProtect(app)\n@csrf.exempt\n@app.route("/transfer", methods=["POST"])\ndef transfer():\n    pass\n',
        ],
        good: [
            'from django.views.decorators.csrf import csrf_protect\n@csrf_protect\ndef transfer(request):\n    pass\n',
            'def csrf_exempt(view):\n    return view\n@csrf_exempt\ndef local(request):\n    pass\n',
        ],
        references: ['https://docs.djangoproject.com/en/stable/ref/csrf/', 'https://flask-wtf.readthedocs.io/en/stable/csrf/', 'https://cwe.mitre.org/data/definitions/352.html'],
    },
    create(context) {
        const report = (node, found) => {
            context.report({ node, confidence: found.confidence, message: `view exempted from ${found.framework} CSRF protection: any site the user visits can submit this request with their cookies` });
        };
        return {
            decorator(node) {
                const expression = node.firstNamedChild;
                if (!expression || (expression.type !== 'identifier' && expression.type !== 'attribute'))
                    return;
                const found = exemption(expression, context.module);
                if (found)
                    report(node, found);
            },
            call(node) {
                const callee = node.childForFieldName('function');
                if (!callee)
                    return;
                const found = exemption(callee, context.module);
                if (found) {
                    report(node, found);
                    return;
                }
                // `@method_decorator(csrf_exempt, name="dispatch")`, `method_decorator([csrf_exempt, login_required])`
                if (context.module.callName(node) !== METHOD_DECORATOR)
                    return;
                const decorators = argument(node, 'decorator', 0);
                const candidates = decorators?.type === 'list' || decorators?.type === 'tuple' ? decorators.namedChildren : decorators ? [decorators] : [];
                const inner = candidates.map((candidate) => exemption(candidate, context.module)).find(Boolean);
                if (inner)
                    report(node, inner);
            },
        };
    },
});
