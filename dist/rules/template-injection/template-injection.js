import { lastName } from '../name-triggers.js';
import { defineRule } from '../types.js';
import { argument } from '../../python/arguments.js';
import { describeSource, flowMessage, sinkFlow, traceValue } from '../../python/taint.js';
// Callee → the parameter holding the template's source text.
const TEMPLATE_SINKS = {
    'flask.render_template_string': { name: 'source', position: 0 },
    'flask.templating.render_template_string': { name: 'source', position: 0 },
    'jinja2.Template': { name: 'source', position: 0 },
    'jinja2.Environment().from_string': { name: 'source', position: 0 },
    'jinja2.environment.Environment().from_string': { name: 'source', position: 0 },
    'django.template.Template': { name: 'template_string', position: 0 },
    'django.template.Engine().from_string': { name: 'template_code', position: 0 },
    'mako.template.Template': { name: 'text', position: 0 },
};
/** Severity and confidence by where the template text comes from; undefined = not reported. */
function levels(trace) {
    switch (trace.kind) {
        case 'request': return { severity: 'high', confidence: 'high' };
        // Templates read from files are how templates are normally loaded.
        case 'user-input': return trace.origin === 'file' ? undefined : { severity: 'high', confidence: 'medium' };
        case 'parameter': return { severity: 'medium', confidence: 'medium' };
        // Loaders and engines pass template text around: shown, never blocking.
        case 'unknown': return { severity: 'low', confidence: 'low' };
        default: return undefined;
    }
}
export default defineRule({
    id: 'template-injection',
    aliases: [],
    category: 'template-injection',
    cwe: 1336,
    severity: 'high',
    confidence: 'high',
    cost: 'deep',
    message: 'template source built at run time: whoever controls it runs code in the template engine (SSTI)',
    fix: 'Keep template source constant (a file or a literal) and pass data as context variables: render_template_string("Hello {{ name }}", name=name).',
    // Each sink's last name, written in its import or call; `from_string` also covers the jinja2 fallback below.
    triggers: [...Object.keys(TEMPLATE_SINKS).map(lastName), 'from_string'],
    // The handler matches callName against TEMPLATE_SINKS or `*.from_string`: the callee's last segment is one of these.
    callees: [...Object.keys(TEMPLATE_SINKS).map(lastName), 'from_string'],
    docs: {
        why: 'Jinja2, Django and Mako templates are programs: `{{ self.__init__.__globals__ }}` reaches Python objects and from there the '
            + 'operating system. Template *source* that contains request data lets the client write that program (server-side template '
            + 'injection). Request data → high severity, high confidence; a function parameter → medium; templates read from files are not reported.',
        bad: [
            'from flask import request, render_template_string\ndef hello():\n    name = request.args.get("name")\n    return render_template_string("<h1>Hello " + name + "</h1>")\n',
            'import jinja2\ndef render(text):\n    return jinja2.Template(text).render()\n',
        ],
        good: [
            'from flask import request, render_template_string\ndef hello():\n    return render_template_string("<h1>Hello {{ name }}</h1>", name=request.args.get("name"))\n',
            'import jinja2\nPAGE = jinja2.Template("<p>{{ body }}</p>")\n',
        ],
        references: ['https://cwe.mitre.org/data/definitions/1336.html', 'https://portswigger.net/research/server-side-template-injection', 'https://jinja.palletsprojects.com/en/stable/sandbox/'],
    },
    create(context) {
        const { module } = context;
        return {
            call(node) {
                const name = module.callName(node);
                if (!name || /Sandboxed/.test(name))
                    return;
                const spec = TEMPLATE_SINKS[name] ?? (name.endsWith('.from_string') && module.importsModule('jinja2') ? { name: 'source', position: 0 } : undefined);
                if (!spec)
                    return;
                const value = argument(node, spec.name, spec.position);
                if (!value)
                    return;
                const trace = traceValue(value, module, { sink: 'template' });
                const level = levels(trace);
                if (!level)
                    return;
                const flow = sinkFlow(trace, node);
                context.report({ node, ...level, message: flowMessage(`template source comes from ${describeSource(trace)} (server-side template injection)`, flow), flow });
            },
        };
    },
});
