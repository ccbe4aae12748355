// Lines a change adds or modifies, per file, for the `--changed-lines` view: the new side of every hunk of a
// zero-context diff (`git diff -U0`). A view only: blocking never depends on it (an edit elsewhere can make an old
// line exploitable).
import { runGit } from './command.js';
export function changedLines(context, change, pathspecs = []) {
    const common = ['-U0', '-M', '--no-color', '--no-ext-diff', '--no-textconv', '--diff-filter=ACMRT', '--src-prefix=a/', '--dst-prefix=b/'];
    const args = change.kind === 'index'
        ? ['diff', '--cached', ...common, '--', ...pathspecs]
        : ['diff', ...common, change.base, change.end, '--', ...pathspecs];
    return parseHunks(runGit(context, args).toString('utf8'));
}
/** Unified diff text → new-side line ranges per destination path. */
function parseHunks(diff) {
    const changed = new Map();
    let current;
    let previousLine = '';
    for (const line of diff.split('\n')) {
        const header = line.startsWith('+++ ') && previousLine.startsWith('--- '); // not an added line `++ x`
        previousLine = line;
        if (header) {
            const name = line.slice(4).replace(/\t$/, ''); // git appends a tab to names with spaces
            current = undefined;
            if (name === '/dev/null')
                continue;
            const path = unquote(name).replace(/^b\//, '');
            current = changed.get(path) ?? [];
            changed.set(path, current);
            continue;
        }
        const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
        if (hunk && current) {
            const start = Number(hunk[1]);
            const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
            if (count > 0)
                current.push([start, start + count - 1]);
        }
    }
    return changed;
}
/** git C-quotes unusual paths in patch headers: `"b/\303\274.py"` → `b/ü.py`. */
function unquote(name) {
    if (!name.startsWith('"') || !name.endsWith('"'))
        return name;
    const bytes = [];
    const body = name.slice(1, -1);
    const simple = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '"': 34, '\\': 92 };
    for (let index = 0; index < body.length; index++) {
        const char = body[index];
        if (char !== '\\') {
            bytes.push(...Buffer.from(char, 'utf8'));
            continue;
        }
        const next = body[++index];
        if (/[0-7]/.test(next)) {
            bytes.push(parseInt(body.slice(index, index + 3), 8));
            index += 2;
        }
        else {
            bytes.push(simple[next] ?? next.charCodeAt(0));
        }
    }
    return Buffer.from(bytes).toString('utf8');
}
