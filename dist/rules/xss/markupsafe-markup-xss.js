import { defineRule } from '../types.js';
import { positionalArguments } from '../../python/arguments.js';
import { ESCAPING_FUNCTIONS, isSafeHtml } from './support/html-escaping.js';
/** `pkg.SafeHtml` → `SafeHtml` (`a.B()` → `B`). */
function lastSegment(name) {
    return name.replace(/(\(\))+$/, '').split('.').pop() ?? name;
}
export default defineRule({
    id: 'markupsafe-markup-xss',
    aliases: ['B704', 'S704', 'markupsafe_markup_xss'],
    category: 'xss',
    cwe: 79,
    severity: 'medium',
    confidence: 'high',
    cost: 'fast',
    message: 'Markup() on a value built at run time: it is inserted into HTML without escaping',
    fix: 'Interpolate into a constant Markup (`Markup("<b>{}</b>").format(name)` escapes name) or escape() the value first.',
    options: { extendMarkupNames: [], allowedCalls: [] },
    // The last segment of a Markup class's name; a subclass defined in the file names its Markup base.
    triggers: (options) => [...new Set(['Markup', ...options.extendMarkupNames.map(lastSegment)])],
    docs: {
        why: 'markupsafe.Markup (also flask.Markup) marks its argument as safe HTML; text from a user inside it reaches the page as markup and script. Markup(constant).format(...) and Markup % (...) escape their arguments and are fine. Classes of the module that extend Markup are checked too. Options: extendMarkupNames (other Markup-like classes), allowedCalls (sanitisers whose result may be wrapped, e.g. bleach.clean).',
        bad: ['from markupsafe import Markup\ndef greet(name):\n    return Markup(f"<b>{name}</b>")\n'],
        good: ['from markupsafe import Markup\ndef greet(name):\n    return Markup("<b>{}</b>").format(name)\n', 'from markupsafe import Markup, escape\ndef greet(name):\n    return Markup(escape(name))\n'],
        references: ['https://markupsafe.palletsprojects.com/en/stable/escaping/#markupsafe.Markup', 'https://cwe.mitre.org/data/definitions/79.html'],
    },
    create(context) {
        const { module } = context;
        const markupNames = new Set(['markupsafe.Markup', 'flask.Markup', ...context.options.extendMarkupNames]);
        const allowed = new Set([...ESCAPING_FUNCTIONS, ...context.options.allowedCalls]);
        if (markupNames.size === 2 && !module.importsLike('markupsafe') && !module.importsLike('flask'))
            return {};
        // A class of this module that extends a Markup class is one too (the pattern behind CVE-2025-54384), also when it
        // is defined below its first use or extends another such class: all are known before any call is looked at.
        const classes = module.classDefinitions();
        for (let grew = true; grew;) {
            grew = false;
            for (const definition of classes) {
                const name = definition.childForFieldName('name')?.text;
                if (!name || markupNames.has(name))
                    continue;
                const bases = definition.childForFieldName('superclasses')?.namedChildren ?? [];
                if (bases.some((base) => markupNames.has(module.qualifiedName(base) ?? ''))) {
                    markupNames.add(name);
                    grew = true;
                }
            }
        }
        return {
            call(node) {
                const name = module.callName(node);
                if (!name || !markupNames.has(name))
                    return;
                const first = positionalArguments(node)[0];
                if (!first)
                    return;
                if (isSafeHtml(first, module, allowed)) {
                    // A literal written in the call is markup by design (as Bandit); a name, format or f-string is shown.
                    if (first.type === 'string' && !first.namedChildren.some((part) => part.type === 'interpolation'))
                        return;
                    context.report({ node, severity: 'low', confidence: 'low', auditOnly: true, message: `${name}() of constant or escaped markup (shown by --profile audit)` });
                    return;
                }
                context.report({ node, message: `${name}() on a value built at run time: it is inserted into HTML without escaping` });
            },
        };
    },
});
