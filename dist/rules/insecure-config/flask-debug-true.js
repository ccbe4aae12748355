import { defineRule } from '../types.js';
import { keywordArgument, keywordArgumentNode } from '../../python/arguments.js';
export default defineRule({
    id: 'flask-debug-true',
    aliases: ['B201', 'S201', 'flask_debug_true'],
    category: 'insecure-config',
    cwe: 94,
    severity: 'high',
    confidence: 'medium',
    cost: 'fast',
    message: 'Flask app run with debug=True: the Werkzeug debugger lets anyone who reaches it run Python code',
    fix: 'Drive debug mode from the environment (`flask run --debug` in development only) and never pass debug=True in code that can ship.',
    // create() needs an imported name containing `flask` (importsLike), and imported names are written out.
    triggers: [/flask/],
    // Only `<receiver>.run(debug=True)` is reported.
    callees: ['run'],
    docs: {
        why: 'The Werkzeug interactive debugger served in debug mode executes arbitrary Python from the browser; exposed beyond localhost it is remote code execution. Like Bandit, any `.run(debug=True)` in a module that imports Flask is reported, except calls on a module that is not Flask (asyncio.run, uvicorn.run…).',
        bad: ['from flask import Flask\napp = Flask(__name__)\napp.run(debug=True)\n'],
        good: ['import os\nfrom flask import Flask\napp = Flask(__name__)\napp.run(debug=os.environ.get("FLASK_DEBUG") == "1")\n', 'from flask import Flask\nimport asyncio\nasyncio.run(main(), debug=True)\n'],
        references: ['https://flask.palletsprojects.com/en/stable/debugging/', 'https://cwe.mitre.org/data/definitions/94.html'],
    },
    create(context) {
        const { module } = context;
        if (!module.importsLike('flask'))
            return {};
        return {
            call(node) {
                const callee = node.childForFieldName('function');
                if (callee?.type !== 'attribute' || callee.childForFieldName('attribute')?.text !== 'run')
                    return;
                if (keywordArgument(node, 'debug')?.type !== 'true')
                    return;
                // A receiver that is an imported module other than Flask's (`asyncio.run`, `uvicorn.run`) is not a Flask app.
                const receiver = callee.childForFieldName('object');
                if (receiver?.type === 'identifier' && !module.scopeOf(receiver).bindings.has(receiver.text)) {
                    const imported = module.imports.aliases.get(receiver.text);
                    if (imported && !imported.toLowerCase().includes('flask'))
                        return;
                }
                context.report({ node: keywordArgumentNode(node, 'debug') ?? node });
            },
        };
    },
});
