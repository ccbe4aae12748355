import { defineRule, type RuleHandlers } from '../types.js';
import { keywordArgument } from '../../python/arguments.js';

// Every Jinja2 environment class escapes nothing unless told to: the sandboxed ones guard attribute access, not HTML.
const ENVIRONMENTS = new Set(['Environment', 'SandboxedEnvironment', 'ImmutableSandboxedEnvironment']);

export default defineRule({
  id: 'jinja2-autoescape-false',
  aliases: ['B701', 'S701', 'jinja2_autoescape_false'],
  category: 'xss',
  cwe: 94,
  severity: 'high',
  confidence: 'high',
  cost: 'fast',
  message: 'jinja2 Environment without autoescaping: every variable rendered into HTML is an XSS risk',
  fix: 'Create the environment with autoescape=select_autoescape() (or autoescape=True).',
  // The callee's last segment; create() also requires a jinja2 import.
  triggers: [...ENVIRONMENTS],
  callees: [...ENVIRONMENTS],
  docs: {
    why: 'Jinja2 does not escape by default: `{{ comment }}` containing `<script>` is sent to the browser as script. select_autoescape() turns escaping on for HTML/XML templates only, which also keeps text templates unescaped.',
    bad: ['import jinja2\nenv = jinja2.Environment(loader=jinja2.FileSystemLoader("templates"))\n', 'from jinja2 import Environment\nenv = Environment(autoescape=False)\n'],
    good: ['from jinja2 import Environment, select_autoescape\nenv = Environment(autoescape=select_autoescape(["html", "xml"]))\n', 'import jinja2\nenv = jinja2.Environment(autoescape=True)\n'],
    references: ['https://jinja.palletsprojects.com/en/stable/api/#autoescaping', 'https://cwe.mitre.org/data/definitions/79.html'],
  },
  create(context): RuleHandlers {
    const { module } = context;
    if (!module.importsLike('jinja2')) return {};
    return {
      call(node) {
        const name = module.callName(node);
        const segments = name?.split('.') ?? [];
        if (!segments.includes('jinja2') || !ENVIRONMENTS.has(segments[segments.length - 1])) return;
        const autoescape = keywordArgument(node, 'autoescape');
        if (!autoescape) {
          context.report({ node, message: 'jinja2 Environment without autoescape=: Jinja2 does not escape by default' });
          return;
        }
        const value = module.constant(autoescape);
        if (value === true) return;
        if (autoescape.type === 'call' && /(?:^|\.)select_autoescape$/.test(module.callName(autoescape) ?? '')) return;
        if (value === false) {
          context.report({ node, message: 'jinja2 Environment with autoescape=False' });
          return;
        }
        context.report({ node, confidence: 'medium', message: 'jinja2 Environment with autoescape set at run time: make sure it is on for HTML' });
      },
    };
  },
});
