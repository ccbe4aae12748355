import { defineRule } from '../types.js';
import { keywordArgument } from '../../python/arguments.js';
export default defineRule({
    id: 'mako-templates',
    aliases: ['B702', 'S702', 'use_of_mako_templates'],
    category: 'xss',
    cwe: 80,
    severity: 'medium',
    confidence: 'high',
    cost: 'fast',
    message: 'Mako template renders variables without HTML escaping unless each one is filtered',
    fix: 'Pass default_filters=["h"] (or ["html_escape"]) to Template/TemplateLookup, or filter every expression with `${ value | h }`.',
    // The callee's qualified name has a `mako` segment; create() also requires a mako import.
    triggers: ['mako'],
    // The handler reports only a callee whose last segment is Template or TemplateLookup.
    callees: ['Template', 'TemplateLookup'],
    docs: {
        why: 'Mako has no template-wide autoescape by default: `${ comment }` is inserted as-is, so any user text is rendered as HTML and script. Templates created with an escaping default filter (`default_filters=["h"]`) are not reported.',
        bad: ['from mako.template import Template\npage = Template("<p>${comment}</p>")\n'],
        good: ['from mako.template import Template\npage = Template("<p>${comment}</p>", default_filters=["h"])\n'],
        references: ['https://docs.makotemplates.org/en/latest/filtering.html', 'https://cwe.mitre.org/data/definitions/80.html'],
    },
    create(context) {
        const { module } = context;
        if (!module.importsLike('mako'))
            return {};
        return {
            call(node) {
                const segments = module.callName(node)?.split('.') ?? [];
                const last = segments[segments.length - 1];
                if (!segments.includes('mako') || (last !== 'Template' && last !== 'TemplateLookup'))
                    return;
                const filters = keywordArgument(node, 'default_filters');
                const value = filters ? module.constant(filters) : undefined;
                if (Array.isArray(value) && value.some((filter) => filter === 'h' || filter === 'html_escape' || filter === 'x'))
                    return;
                context.report({ node });
            },
        };
    },
});
