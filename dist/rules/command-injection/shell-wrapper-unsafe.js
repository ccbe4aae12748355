import { defineRule } from '../types.js';
import { lastName } from '../support/name-triggers.js';
import { argument, keywordArgument, keywordArgumentNode } from '../../python/arguments.js';
import { requestEvidence } from '../../python/taint.js';
// config/schema.json repeats this pattern for editors (rules.*.options.wrappers).
const WRAPPER_ENTRY = /^(?:\*|[A-Za-z_]\w*(?:\(\))?)(?:\.[A-Za-z_]\w*(?:\(\))?)*(?::[A-Za-z_]\w*)?$/;
/** Keyword names the wrapped command is passed under when not first. */
const COMMAND_KEYWORDS = ['args', 'cmd', 'command'];
function parseWrappers(entries) {
    return entries.map((entry) => {
        const [name, keyword] = entry.split(':');
        return { name, keyword: keyword || undefined };
    });
}
const wrapperWords = (options) => parseWrappers(options.wrappers);
export default defineRule({
    id: 'shell-wrapper-unsafe',
    aliases: [],
    category: 'command-injection',
    cwe: 78,
    severity: 'high',
    confidence: 'high',
    cost: 'fast',
    message: 'a project function that runs its command through the shell is called with a command built at run time',
    fix: 'Pass an argument list and leave the shell switch off (`module.run_command([cmd, arg])`), or quote every value with shlex.quote.',
    options: { wrappers: ['*.run_command:use_unsafe_shell'] },
    optionFormats: { wrappers: { pattern: WRAPPER_ENTRY, example: 'mypkg.proc.run:use_shell' } },
    // The switch keyword (or, for always-shell functions, the function's name) is written at every call.
    triggers: (options) => wrapperWords(options).map((wrapper) => wrapper.keyword ?? lastName(wrapper.name.replace(/\(\)$/, ''))),
    callees: (options) => wrapperWords(options).map((wrapper) => lastName(wrapper.name)),
    docs: {
        why: 'Projects wrap subprocess in helpers of their own — Ansible\'s `module.run_command(cmd, use_unsafe_shell=True)`, a company `run(cmd, shell=True)` — and a reviewer that only knows subprocess misses every shell command they run. The `wrappers` option names them: `"pkg.module.func"` for a function that always uses a shell, `"pkg.module.func:keyword"` for one that does when `keyword` is true, `"*.method:keyword"` for a method on any object. A command built at run time is high severity, as for subprocess with shell=True (confidence medium for `*.` entries: the receiver is not resolved); with request data in it the flow is shown; a constant command is low.',
        bad: [
            'from ansible.module_utils.basic import AnsibleModule\ndef main():\n    module = AnsibleModule(argument_spec={"path": {"type": "str"}})\n    module.run_command("ls -l %s" % module.params["path"], use_unsafe_shell=True)\n',
        ],
        good: [
            'from ansible.module_utils.basic import AnsibleModule\ndef main():\n    module = AnsibleModule(argument_spec={"path": {"type": "str"}})\n    module.run_command(["ls", "-l", module.params["path"]])\n',
            'def main(module):\n    module.run_command("ls -l /etc | wc -l", use_unsafe_shell=True)  # constant command: low severity only\n',
        ],
        references: ['https://docs.ansible.com/ansible/latest/reference_appendices/module_utils.html#ansible.module_utils.basic.AnsibleModule.run_command', 'https://cwe.mitre.org/data/definitions/78.html'],
    },
    create(context) {
        const { module } = context;
        const wrappers = parseWrappers(context.options.wrappers);
        const exact = new Map(wrappers.filter((wrapper) => !wrapper.name.startsWith('*.')).map((wrapper) => [wrapper.name, wrapper]));
        const anyReceiver = new Map(wrappers.filter((wrapper) => wrapper.name.startsWith('*.')).map((wrapper) => [wrapper.name.slice(2), wrapper]));
        /** The wrapper a call invokes, and how sure the match is. */
        const wrapperOf = (call) => {
            const name = module.callName(call);
            const resolved = name === undefined ? undefined : exact.get(name);
            if (resolved)
                return { wrapper: resolved, confidence: 'high' };
            const method = call.childForFieldName('function')?.type === 'attribute' ? module.calleeAttribute(call) : undefined;
            const loose = method === undefined ? undefined : anyReceiver.get(method);
            return loose ? { wrapper: loose, confidence: 'medium' } : undefined;
        };
        const switchedOn = (call, keyword) => {
            const value = keywordArgument(call, keyword);
            if (!value)
                return false;
            const constant = module.constant(value);
            return constant === undefined || !!constant;
        };
        return {
            call(node) {
                const found = wrapperOf(node);
                if (!found || (found.wrapper.keyword && !switchedOn(node, found.wrapper.keyword)))
                    return;
                const command = argument(node, null, 0) ?? COMMAND_KEYWORDS.map((keyword) => keywordArgument(node, keyword)).find(Boolean);
                if (!command)
                    return;
                const at = found.wrapper.keyword ? keywordArgumentNode(node, found.wrapper.keyword) ?? node : node;
                const label = lastName(found.wrapper.name);
                if (module.isConstant(command)) {
                    context.report({ node: at, severity: 'low', confidence: 'high', message: `${label}() runs a constant command through the shell: safe now, but one edit away from injection` });
                    return;
                }
                context.report({
                    node: at,
                    confidence: found.confidence,
                    message: `${label}() runs a command built at run time through the shell`,
                    ...requestEvidence(command, node, module, 'shell', `${label}() runs a command built from request data through the shell`),
                });
            },
        };
    },
});
