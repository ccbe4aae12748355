import { defineRule } from '../types.js';
import { argument } from '../../python/arguments.js';
import { ESCAPING_FUNCTIONS, isSafeHtml } from './support/html-escaping.js';
const SAFE_MARKERS = new Set(['mark_safe', 'SafeText', 'SafeUnicode', 'SafeString', 'SafeBytes']);
export default defineRule({
    id: 'django-mark-safe',
    aliases: ['B703', 'django_mark_safe'],
    category: 'xss',
    cwe: 80,
    severity: 'medium',
    confidence: 'high',
    cost: 'fast',
    message: 'mark_safe() on a value built at run time: Django will not escape it',
    fix: 'Build the HTML with django.utils.html.format_html() (it escapes its arguments), or escape() every run-time part first.',
    // The callee's last segment; create() also requires a django import.
    triggers: [...SAFE_MARKERS],
    callees: [...SAFE_MARKERS],
    docs: {
        why: 'mark_safe() tells Django the string is already safe HTML, so autoescaping is skipped; if any part of it comes from a user, so can `<script>`. Constants and strings whose every run-time part is escaped (escape(), format_html(), conditional_escape()) are not reported.',
        bad: ['from django.utils.safestring import mark_safe\ndef greet(name):\n    return mark_safe("<b>%s</b>" % name)\n'],
        good: [
            'from django.utils.html import escape\nfrom django.utils.safestring import mark_safe\ndef greet(name):\n    return mark_safe(f"<b>{escape(name)}</b>")\n',
            'from django.utils.safestring import mark_safe\nICON = mark_safe("<i class=\\"icon\\"></i>")\n',
        ],
        references: ['https://docs.djangoproject.com/en/stable/ref/utils/#django.utils.safestring.mark_safe', 'https://cwe.mitre.org/data/definitions/80.html'],
    },
    create(context) {
        const { module } = context;
        if (!module.importsLike('django'))
            return {};
        const escaping = new Set(ESCAPING_FUNCTIONS);
        return {
            call(node) {
                const name = module.callName(node) ?? '';
                const segments = name.split('.');
                if (!SAFE_MARKERS.has(segments[segments.length - 1]))
                    return;
                // Bandit matches the marker by name once django.utils.safestring is imported (a star import, a re-export):
                // shown by --profile audit when the name does not resolve to Django's.
                const byName = segments[0] !== 'django';
                if (byName && !module.importsLike('django.utils.safestring'))
                    return;
                const value = argument(node, 's', 0);
                if (!value)
                    return;
                if (byName || isSafeHtml(value, module, escaping)) {
                    const why = byName ? `${name}() named like Django's marker` : 'mark_safe() of constant or escaped markup';
                    context.report({ node, severity: 'low', confidence: 'low', auditOnly: true, message: `${why} (shown by --profile audit)` });
                    return;
                }
                context.report({ node });
            },
        };
    },
});
