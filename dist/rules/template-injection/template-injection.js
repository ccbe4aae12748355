import { lastName } from '../support/name-triggers.js';
import { SINK_LEVELS, taintRule } from '../support/taint-rule.js';
import { argument } from '../../python/arguments.js';
// Callee → the parameter holding the template's source text.
const TEMPLATE_SINKS = {
    'flask.render_template_string': { keyword: 'source', position: 0 },
    'flask.templating.render_template_string': { keyword: 'source', position: 0 },
    'jinja2.Template': { keyword: 'source', position: 0 },
    'jinja2.Environment().from_string': { keyword: 'source', position: 0 },
    'jinja2.environment.Environment().from_string': { keyword: 'source', position: 0 },
    'django.template.Template': { keyword: 'template_string', position: 0 },
    'django.template.Engine().from_string': { keyword: 'template_code', position: 0 },
    'mako.template.Template': { keyword: 'text', position: 0 },
};
/** Templates read from files are how templates are normally loaded; a template engine passing text around is shown at low levels only. */
const TEMPLATE_LEVELS = {
    ...SINK_LEVELS,
    'stored-input': 'none',
    unknown: { severity: 'low', confidence: 'low' },
    sanitised: 'none',
    constant: 'none',
};
export default taintRule({
    id: 'template-injection',
    aliases: [],
    category: 'template-injection',
    cwe: 1336,
    severity: 'high',
    confidence: 'high',
    cost: 'deep',
    sinkClass: 'template',
    sinks: TEMPLATE_SINKS,
    // jinja2 environments of any name: `env.from_string(...)` in a module that imports jinja2.
    findSink: (call, module) => (module.callName(call)?.endsWith('.from_string') && module.importsModule('jinja2') ? argument(call, 'source', 0) ?? null : undefined),
    when: (_call, _module, name) => !/Sandboxed/.test(name ?? ''),
    levels: TEMPLATE_LEVELS,
    describe: (source) => `template source comes from ${source} (server-side template injection)`,
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
});
