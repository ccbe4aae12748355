import { levelTable, REQUEST_ONLY, taintRule } from '../support/taint-rule.js';
import { enclosingFunction } from '../../python/syntax.js';
import { argument } from '../../python/arguments.js';
import { HOLE } from '../../python/literals.js';
import { mayHoldRequestData } from '../../python/taint.js';
/** Namespaces as mappings: `globals()[name]`, `locals().get(name)`, `vars(module)[name]`, `module.__dict__[name]`. */
const NAMESPACE_CALLS = new Set(['globals', 'locals', 'vars']);
/** Dynamic lookups by name: the parameter holding the name. */
const LOOKUP_FUNCTIONS = {
    getattr: { name: null, position: 1 },
    'importlib.import_module': { name: 'name', position: 0 },
    __import__: { name: 'name', position: 0 },
};
/**
 * A function the client picks by its whole name and that is then called, or a module it picks, runs code it was never
 * offered; an attribute it only reads, or a name with constant text around it (`"do_" + action`), reaches less.
 */
const LEVELS = {
    called: REQUEST_ONLY,
    narrower: levelTable({ request: { severity: 'medium', confidence: 'medium' } }),
};
const MODULE_LOADERS = new Set(['importlib.import_module', '__import__']);
function isNamespace(node, module) {
    if (node.type === 'call') {
        const name = module.callName(node) ?? '';
        return NAMESPACE_CALLS.has(name) && module.isBuiltin(name);
    }
    return node.type === 'attribute' && node.childForFieldName('attribute')?.text === '__dict__';
}
/** Constant text is formatted around the name (`"handle_" + action`, `f"{kind}_view"`). */
function isAffixed(value, module) {
    const shape = module.fold(value);
    return !!shape && !shape.constant && shape.text.split(HOLE).join('').length > 0;
}
/** The looked-up object is called: `getattr(x, name)(...)`, or `handler = globals()[name]` … `handler(...)`. */
function isCalled(lookup, module) {
    let node = lookup;
    while (node.parent?.type === 'parenthesized_expression')
        node = node.parent;
    const parent = node.parent;
    if (parent?.type === 'call' && parent.childForFieldName('function')?.id === node.id)
        return true;
    const target = parent?.type === 'assignment' && parent.childForFieldName('right')?.id === node.id ? parent.childForFieldName('left') : null;
    const scope = enclosingFunction(lookup) ?? module.root;
    return target?.type === 'identifier'
        && scope.descendantsOfType('call').some((call) => call.startIndex > parent.endIndex && call.childForFieldName('function')?.text === target.text);
}
/** The looked-up name of a dynamic lookup, with the label of its sink. */
function lookedUpName(node, module) {
    if (node.type === 'subscript') {
        const mapping = node.childForFieldName('value');
        const key = node.childForFieldName('subscript');
        return mapping && key && isNamespace(mapping, module) ? { value: key, label: `${mapping.text}[...]` } : undefined;
    }
    const callee = node.childForFieldName('function');
    if (callee?.type === 'attribute' && callee.childForFieldName('attribute')?.text === 'get' && isNamespace(callee.childForFieldName('object'), module)) {
        const key = argument(node, null, 0);
        return key ? { value: key, label: callee.text } : undefined;
    }
    const name = module.callName(node) ?? '';
    const spec = Object.hasOwn(LOOKUP_FUNCTIONS, name) && (name.includes('.') || module.isBuiltin(name)) ? LOOKUP_FUNCTIONS[name] : undefined;
    const value = spec ? argument(node, spec.name, spec.position) : undefined;
    return value ? { value, label: name } : undefined;
}
export default taintRule({
    id: 'dynamic-dispatch',
    aliases: [],
    category: 'code-injection',
    cwe: 470,
    severity: 'high',
    confidence: 'high',
    cost: 'deep',
    message: 'function, attribute or module picked by a name from the request: the client reaches code it was never offered',
    fix: 'Map the accepted names to their functions explicitly (`ACTIONS = {"export": export_csv}`; `ACTIONS[name]`), or check the name against an allow-list before the lookup.',
    triggers: ['globals', 'locals', 'vars', '__dict__', 'getattr', 'import_module', '__import__'],
    callees: ['get', 'getattr', 'import_module', '__import__'],
    docs: {
        why: '`globals()[request.GET["action"]]()` or `getattr(views, name)` lets the client call any function or read any attribute in reach: '
            + 'helpers never meant as endpoints, `os`/`subprocess` imported into the module, settings with secrets (CWE-470, unsafe reflection). '
            + '`importlib.import_module(name)` loads any module on the path. A looked-up function that is called, or a loaded module, is high '
            + 'severity; an attribute only read, or a name formatted with constant text (`"handle_" + action`), reaches less and is medium; '
            + 'a check against an allow-list, or an explicit dispatch table, ends the flow.',
        bad: [
            'from flask import request\ndef export_csv(): ...\ndef run():\n    return globals()[request.args["action"]]()\n',
            'from django.http import JsonResponse\nfrom app import reports\ndef report(request):\n    build = getattr(reports, request.GET["kind"])\n    return JsonResponse(build())\n',
            'from flask import request\nfrom app import settings\ndef setting():\n    return str(getattr(settings, request.args["name"]))\n',
        ],
        good: [
            'from flask import request\ndef export_csv(): ...\nACTIONS = {"export": export_csv}\ndef run():\n    return ACTIONS[request.args["action"]]()\n',
            'from django.http import JsonResponse\nfrom app import reports\nKINDS = {"daily", "weekly"}\ndef report(request):\n    kind = request.GET["kind"]\n    if kind not in KINDS:\n        return JsonResponse({}, status=400)\n    return JsonResponse(getattr(reports, kind)())\n',
        ],
        references: ['https://cwe.mitre.org/data/definitions/470.html', 'https://owasp.org/www-community/vulnerabilities/Unsafe_use_of_Reflection'],
    },
    sinkClass: 'code',
    levels: LEVELS.called,
    match: { call: nameLookup, subscript: nameLookup },
});
/** A lookup by a name request data may pick, judged by what the name reaches. */
function nameLookup(node, module) {
    const lookup = lookedUpName(node, module);
    if (!lookup || !mayHoldRequestData(node, module))
        return undefined; // only request data is reported
    // What the name reaches is worked out for request data only (the refine hook drops the rest first).
    let reach;
    const reached = () => (reach ??= { affixed: isAffixed(lookup.value, module), called: MODULE_LOADERS.has(lookup.label) || isCalled(node, module) });
    return {
        value: lookup.value,
        label: lookup.label,
        refine: (trace) => (trace.kind === 'request' ? trace : undefined),
        get levels() {
            return LEVELS[reached().called && !reached().affixed ? 'called' : 'narrower'];
        },
        describe: () => {
            const { affixed, called } = reached();
            const what = affixed ? 'name built from request data picks the function or attribute (narrowed by constant text)'
                : called ? 'request data picks the function or module that runs' : 'request data picks the attribute that is read';
            return `${what} (unsafe reflection)`;
        },
    };
}
