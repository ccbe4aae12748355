import { defineRule } from '../types.js';
import { argumentList } from '../../python/arguments.js';
/** Render calls → where their context goes: a positional index, a keyword, or `**` keywords. */
const RENDER_CONTEXT = {
    'django.shortcuts.render': { position: 2, keyword: 'context' },
    'django.shortcuts.render_to_response': { position: 1, keyword: 'context' },
    'django.template.loader.render_to_string': { position: 1, keyword: 'context' },
    'django.template.response.TemplateResponse': { position: 2, keyword: 'context' },
    'flask.render_template': { position: null, keyword: null },
    'flask.render_template_string': { position: null, keyword: null },
    'pyramid.renderers.render': { position: 1, keyword: 'value' },
    'pyramid.renderers.render_to_response': { position: 1, keyword: 'value' },
};
/** Template objects' render methods (`template.render(locals())`, Jinja2 and Django). */
const RENDER_METHODS = new Set(['render', 'render_async', 'stream', 'generate']);
const NAMESPACES = new Set(['locals', 'globals', 'vars']);
/** `locals()`, `globals()` or argument-less `vars()`, spelled as the builtin. */
function namespaceCall(node, module) {
    if (node?.type !== 'call')
        return undefined;
    const name = module.callName(node) ?? '';
    if (!NAMESPACES.has(name) || !module.isBuiltin(name))
        return undefined;
    if (name === 'vars' && argumentList(node).length > 0)
        return undefined;
    return name;
}
/** The namespace passed as a render call's template context, if any. */
function contextNamespace(call, module) {
    const name = module.callName(call) ?? '';
    const spec = Object.hasOwn(RENDER_CONTEXT, name) ? RENDER_CONTEXT[name] : undefined;
    const method = call.childForFieldName('function')?.type === 'attribute' ? module.calleeAttribute(call) ?? '' : '';
    if (!spec && !RENDER_METHODS.has(method))
        return undefined;
    const args = argumentList(call);
    const keyword = (word) => args.find((arg) => arg.type === 'keyword_argument' && arg.childForFieldName('name')?.text === word)?.childForFieldName('value') ?? undefined;
    const positional = args.filter((arg) => arg.type !== 'keyword_argument' && arg.type !== 'dictionary_splat' && arg.type !== 'list_splat');
    const candidates = [
        // `**locals()` works with every render call that takes keywords.
        ...args.filter((arg) => arg.type === 'dictionary_splat').map((arg) => arg.firstNamedChild),
        ...(spec ? [spec.position === null ? undefined : positional[spec.position], keyword(spec.keyword)] : [positional[0], keyword('context')]),
    ];
    return candidates.map((candidate) => namespaceCall(candidate, module)).find(Boolean);
}
export default defineRule({
    id: 'template-context-locals',
    aliases: [],
    category: 'xss',
    cwe: 200,
    severity: 'medium',
    confidence: 'high',
    cost: 'fast',
    message: 'locals()/globals() passed as a template context: every variable in scope, request data and secrets included, reaches the template',
    fix: 'Pass the template exactly the names it uses: `render(request, "page.html", {"user": user, "items": items})`.',
    triggers: ['locals', 'globals', 'vars'],
    callees: [...Object.keys(RENDER_CONTEXT).map((name) => name.split('.').pop()), ...RENDER_METHODS],
    docs: {
        why: 'A context built from `locals()` or `globals()` hands the template everything in scope: the raw request, tokens, passwords read '
            + 'for a check, settings modules. Any template (or template injection) can print them, a later edit that adds a variable exposes it '
            + 'without anyone noticing, and values escaped for one use sit next to their raw versions. List the context explicitly.',
        bad: [
            'from django.shortcuts import render\ndef profile(request):\n    user = request.user\n    token = request.session["api_token"]\n    return render(request, "profile.html", locals())\n',
            'from flask import render_template\ndef page(name):\n    return render_template("page.html", **locals())\n',
        ],
        good: [
            'from django.shortcuts import render\ndef profile(request):\n    user = request.user\n    return render(request, "profile.html", {"user": user})\n',
            'from flask import render_template\ndef page(name):\n    return render_template("page.html", name=name)\n',
        ],
        references: ['https://cwe.mitre.org/data/definitions/200.html', 'https://docs.djangoproject.com/en/stable/topics/http/shortcuts/#render'],
    },
    create(context) {
        const { module } = context;
        return {
            call(node) {
                const namespace = contextNamespace(node, module);
                if (namespace)
                    context.report({ node, message: `${namespace}() passed as a template context: every variable in scope, request data and secrets included, reaches the template` });
            },
        };
    },
});
