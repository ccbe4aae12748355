import { REQUEST_ONLY, taintRule } from '../support/taint-rule.js';
import { enclosingFunction } from '../../python/syntax.js';
import { argument, argumentList } from '../../python/arguments.js';
/** Flask's render functions: the template name, then the context as keywords. */
const RENDER_FUNCTIONS = new Set(['flask.render_template', 'flask.templating.render_template', 'flask.stream_template', 'quart.render_template']);
/** Extensions Flask autoescapes (`Flask.select_jinja_autoescape`); any other template renders variables raw. */
const AUTOESCAPED = /\.(html|htm|xml|xhtml|svg)$/i;
/** The rendered text is what the view answers with: returned, or wrapped in a response that is returned. */
function isReturned(call, module) {
    let node = call;
    while (node.parent && ['parenthesized_expression', 'argument_list', 'call', 'tuple', 'expression_list'].includes(node.parent.type))
        node = node.parent;
    const parent = node.parent;
    if (parent?.type === 'return_statement')
        return true;
    const target = parent?.type === 'assignment' ? parent.childForFieldName('left') : null;
    const fn = enclosingFunction(call);
    if (target?.type !== 'identifier' || !fn)
        return false;
    return fn.descendantsOfType('return_statement').some((statement) => statement.descendantsOfType('identifier').some((use) => use.text === target.text && (module.valuesOf(use) ?? []).some((value) => value.id === node.id)));
}
export default taintRule({
    id: 'render-template-unescaped',
    aliases: [],
    category: 'xss',
    cwe: 79,
    severity: 'high',
    confidence: 'high',
    cost: 'deep',
    message: 'request data rendered into a Flask template that is not autoescaped (its name does not end in .html/.htm/.xml/.svg)',
    fix: 'Name HTML templates *.html (Flask escapes only .html, .htm, .xml, .xhtml and .svg), or escape the value with markupsafe.escape before rendering.',
    triggers: ['render_template', 'stream_template'],
    callees: ['render_template', 'stream_template'],
    docs: {
        why: 'Flask turns Jinja2 autoescaping on by file name only: `page.html` escapes `{{ name }}`, `page.j2`, `page.jinja`, `page.txt` or a '
            + 'name without an extension do not. A view that renders such a template with request data and returns it as HTML reflects '
            + 'script into the page. The rule reports render_template() calls whose constant template name Flask does not autoescape, whose '
            + 'context carries request data, and whose result the view returns.',
        bad: [
            'from flask import Flask, request, render_template\napp = Flask(__name__)\n@app.route("/hello")\ndef hello():\n    return render_template("hello.j2", name=request.args["name"])\n',
        ],
        good: [
            'from flask import Flask, request, render_template\napp = Flask(__name__)\n@app.route("/hello")\ndef hello():\n    return render_template("hello.html", name=request.args["name"])\n',
            'from flask import Flask, request, render_template\nfrom markupsafe import escape\napp = Flask(__name__)\n@app.route("/hello")\ndef hello():\n    return render_template("hello.j2", name=escape(request.args["name"]))\n',
        ],
        references: ['https://flask.palletsprojects.com/en/stable/templating/#jinja-setup', 'https://cwe.mitre.org/data/definitions/79.html'],
    },
    sinkClass: 'html',
    levels: REQUEST_ONLY,
    match: { call: renderedValues },
    firstOnly: true,
});
/** The context values of a returned render of a template Flask does not autoescape (the first one reported counts). */
function renderedValues(node, module) {
    const name = module.callName(node) ?? '';
    if (!RENDER_FUNCTIONS.has(name))
        return [];
    const template = argument(node, 'template_name_or_list', 0);
    const file = template ? module.constant(template) : undefined;
    if (typeof file !== 'string' || AUTOESCAPED.test(file) || !isReturned(node, module))
        return [];
    return argumentList(node).slice(1).map((value) => ({ value, describe: (source) => `${source} rendered into ${file}, which Flask does not autoescape (XSS)` }));
}
