import { defineRule } from '../types.js';
import { isDocstring } from '../../python/syntax.js';
import { readStringLiteral } from '../../python/literals.js';
export default defineRule({
    id: 'hardcoded-tmp-directory',
    aliases: ['B108', 'S108', 'hardcoded_tmp_directory'],
    category: 'insecure-config',
    cwe: 377,
    severity: 'medium',
    confidence: 'medium',
    cost: 'fast',
    message: 'hard-coded path in a shared temporary directory: other users can predict, pre-create or swap it',
    fix: 'Use the tempfile module (tempfile.mkstemp(), tempfile.TemporaryDirectory()) for private, unpredictable names.',
    options: { tmpDirs: ['/tmp', '/var/tmp', '/dev/shm'] },
    // Every report is of a string whose source text holds a temp dir. A dir spelled like an identifier (`tmp`) would be
    // matched as a whole word, so it goes in as a pattern, which finds it inside longer words (`mytmp/x`) too.
    triggers: (options) => tmpDirs(options.tmpDirs).map((dir) => (/^[A-Za-z_]\w*$/.test(dir) ? new RegExp(dir) : dir)),
    docs: {
        why: 'Every local user can write to /tmp: a fixed name there can be created first as a symlink to a file the program will then overwrite, or read by others. The path must be the directory or below it (`/tmpfoo` is not, unlike Bandit\'s prefix test); checks such as `path.startswith("/tmp")` and arguments of tempfile functions are not reported.',
        bad: ['with open("/tmp/report.csv", "w") as out:\n    out.write(data)\n', 'def cache(name):\n    return f"/var/tmp/cache/{name}"\n'],
        good: ['import tempfile\nwith tempfile.NamedTemporaryFile("w", suffix=".csv") as out:\n    out.write(data)\n', 'def is_temporary(path):\n    return path.startswith("/tmp/")\n'],
        references: ['https://cwe.mitre.org/data/definitions/377.html', 'https://docs.python.org/3/library/tempfile.html'],
    },
    create(context) {
        const dirs = tmpDirs(context.options.tmpDirs);
        const inTmp = (text) => dirs.some((dir) => text === dir || text.startsWith(`${dir}/`));
        return {
            string(node) {
                const raw = node.text;
                if (!dirs.some((dir) => raw.includes(dir)))
                    return;
                if (node.parent?.type === 'concatenated_string' && node.parent.firstNamedChild?.id !== node.id)
                    return;
                const holder = node.parent?.type === 'concatenated_string' ? node.parent : node;
                const text = leadingText(holder);
                if (!inTmp(text) || isDocstring(holder) || onlyInspected(holder, context.module))
                    return;
                context.report({ node: holder, message: `hard-coded temporary path '${text.split(/\s/)[0]}' in a shared directory` });
            },
        };
    },
});
function tmpDirs(option) {
    return option.map((dir) => dir.replace(/\/+$/, ''));
}
/** The constant text a string starts with (up to its first f-string field). */
function leadingText(node) {
    const first = node.type === 'concatenated_string' ? node.firstNamedChild : node;
    if (!first || first.type !== 'string')
        return '';
    let text = '';
    for (const child of first.namedChildren) {
        if (child.type === 'interpolation')
            return text === '' ? '' : `${text}\uFFFC`;
        if (child.type === 'string_content')
            text += child.text;
    }
    return readStringLiteral(first).isBytes ? '' : text;
}
const INSPECTING_METHODS = new Set(['startswith', 'endswith', 'index', 'find', 'count', 'removeprefix', 'replace', 'relative_to', 'is_relative_to']);
/** Paths that are compared, searched for or handed to tempfile (which creates safely inside them). */
function onlyInspected(node, module) {
    let current = node;
    while (current.parent && ['tuple', 'list', 'set', 'parenthesized_expression'].includes(current.parent.type))
        current = current.parent;
    const parent = current.parent;
    if (parent?.type === 'comparison_operator')
        return true;
    const call = parent?.type === 'argument_list' ? parent.parent : parent?.type === 'keyword_argument' ? parent.parent?.parent : null;
    if (call?.type !== 'call')
        return false;
    if (INSPECTING_METHODS.has(module.calleeAttribute(call) ?? ''))
        return true;
    return (module.callName(call) ?? '').startsWith('tempfile.');
}
