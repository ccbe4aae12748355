import { lastName } from '../support/name-triggers.js';
import { defineRule } from '../types.js';
import { argument } from '../../python/arguments.js';
import { requestEvidence } from '../../python/taint.js';
// Callee → position of its format string.
const FORMATTERS = {
    'django.utils.html.format_html': 0,
    'django.utils.html.format_html_join': 1,
};
// Values already escaped before they are pasted in are not the problem this rule is about.
const ESCAPERS = new Set(['django.utils.html.escape', 'django.utils.html.conditional_escape', 'html.escape']);
function formattingKind(node, module, depth = 0) {
    switch (node.type) {
        case 'string':
            return /^[a-zA-Z]*[fF]/.test(node.text) ? 'an f-string' : undefined;
        case 'binary_operator': {
            const operator = node.childForFieldName('operator')?.type;
            return operator === '%' ? '%-formatting' : operator === '+' ? 'concatenation' : undefined;
        }
        case 'concatenated_string':
            return 'an f-string';
        case 'call':
            return module.calleeAttribute(node) === 'format' ? 'str.format()' : undefined;
        case 'parenthesized_expression':
            return node.firstNamedChild ? formattingKind(node.firstNamedChild, module, depth) : undefined;
        case 'identifier': {
            const values = depth < 3 ? module.valuesOf(node) : undefined;
            return values?.map((value) => formattingKind(value, module, depth + 1)).find(Boolean);
        }
        default:
            return undefined;
    }
}
export default defineRule({
    id: 'django-format-html-misuse',
    aliases: [],
    category: 'xss',
    cwe: 79,
    severity: 'medium',
    confidence: 'high',
    cost: 'fast',
    message: 'format_html() receives a string that is already formatted: the values in it are not escaped',
    fix: 'Pass the template and the values separately: `format_html("<b>{}</b>", name)`; format_html escapes each argument and marks only the result safe.',
    triggers: Object.keys(FORMATTERS).map(lastName),
    callees: Object.keys(FORMATTERS).map(lastName),
    docs: {
        why: 'format_html() escapes its arguments, then marks the result as safe HTML. Formatting the string first (f-string, %, .format(), +) pastes the values in unescaped, and format_html then vouches for them: the template renders them as markup, an XSS hole that looks like the safe API. '
            + 'Request data formatted in this way is high severity (blocking), with the path from the request shown.',
        bad: [
            'from django.utils.html import format_html\ndef badge(name):\n    return format_html(f"<b>{name}</b>")\n',
            'from django.utils.html import format_html\ndef badge(name):\n    return format_html("<b>%s</b>" % name)\n',
            'from django.utils.html import format_html\ndef badge(name):\n    html = "<b>{}</b>".format(name)\n    return format_html(html)\n',
        ],
        good: [
            'from django.utils.html import format_html\ndef badge(name):\n    return format_html("<b>{}</b>", name)\n',
            'from django.utils.html import format_html\nCLASS = "badge"\ndef badge(name):\n    return format_html(f"<b class={CLASS!r}>{{}}</b>", name)\n',
            'from django.utils.html import escape, format_html\ndef badge(name):\n    return format_html("<b>%s</b>" % escape(name))\n',
        ],
        references: ['https://docs.djangoproject.com/en/stable/ref/utils/#django.utils.html.format_html', 'https://cwe.mitre.org/data/definitions/79.html'],
    },
    create(context) {
        return {
            call(node) {
                const name = context.module.callName(node);
                if (name === undefined || !(name in FORMATTERS))
                    return;
                const template = argument(node, 'format_string', FORMATTERS[name]);
                if (!template)
                    return;
                const shape = context.module.fold(template);
                if (!shape || shape.constant)
                    return;
                if (shape.dynamic.every((part) => part.type === 'call' && ESCAPERS.has(context.module.callName(part) ?? '')))
                    return;
                const kind = formattingKind(template, context.module);
                if (!kind)
                    return;
                const function_ = lastName(name);
                // Request data formatted in (data flow inside the function): reflected XSS, blocking, with the path shown.
                const evidence = requestEvidence(template, node, context.module, 'html', `${function_}() receives request data already formatted in with ${kind}: it is not escaped (XSS)`);
                context.report({ node, message: `${function_}() receives a string already built with ${kind}: the values in it are not escaped`, ...(evidence ? { ...evidence, severity: 'high' } : {}) });
            },
        };
    },
});
