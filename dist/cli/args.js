// One option table: parsing and `--help` both come from it.
import { UsageError } from '../errors.js';
import { editDistance } from '../spelling.js';
export const OPTIONS = [
    { name: 'all', description: 'review every Python file tracked in the index' },
    { name: 'rev', value: 'A..B', description: 'review the Python files changed in a revision range (or one revision), read at its end' },
    { name: 'staged', description: 'review the staged blobs (the default in a git repository when no PATH is given)' },
    { name: 'pre-commit', description: 'mode for the pre-commit framework: review the named files as staged' },
    { name: 'pre-push', description: 'mode for the pre-push hook: review the net change of each pushed range git gives on stdin' },
    { name: 'format', short: 'f', value: 'FORMAT[=FILE]', repeatable: true, description: 'compact | json | sarif | github | gitlab | markdown; FORMAT=FILE writes that format to FILE (repeatable)' },
    { name: 'output', short: 'o', value: 'FILE', description: 'write the report (the first --format without =FILE) to FILE instead of stdout' },
    { name: 'fail-on', value: 'LEVEL', choices: ['high', 'medium', 'low', 'none'], description: 'lowest severity that blocks (default: high)' },
    { name: 'fail-on-confidence', value: 'LEVEL', choices: ['high', 'medium', 'low'], description: 'lowest confidence that blocks (default: medium)' },
    { name: 'min-confidence', value: 'LEVEL', choices: ['low', 'medium', 'high'], description: 'hide findings below this confidence (default: low)' },
    { name: 'min-severity', value: 'LEVEL', choices: ['low', 'medium', 'high'], description: 'hide findings below this severity (default: low)' },
    { name: 'config', short: 'c', value: 'FILE', description: 'use this config file instead of searching for one' },
    { name: 'no-config', description: 'ignore config files; use the built-in defaults' },
    { name: 'no-config-js', description: 'refuse JavaScript config files (data-only config for CI)' },
    { name: 'rule', value: 'ID[=off|on]', repeatable: true, description: 'turn a rule (id, Bandit/Ruff alias or category) on or off for this run' },
    { name: 'profile', value: 'NAME', choices: ['fast', 'full', 'audit'], description: 'fast = only cheap rules; full = every enabled rule; audit = every rule, constants and sanitised values too (what Bandit reports)' },
    { name: 'test-code', value: 'POLICY', choices: ['downgrade', 'same', 'skip'], description: 'how findings in test code are treated (default: downgrade)' },
    { name: 'cache', negatable: true, description: 'use the blob cache (default); --no-cache analyses every file' },
    { name: 'cache-dir', value: 'DIR', description: 'where the blob cache lives (default: <git common dir>/review-security)' },
    { name: 'ignore-nosec', description: 'report findings even where a suppression marker silences them' },
    { name: 'report-unused-suppressions', description: 'report suppression markers that silence nothing' },
    { name: 'baseline', value: 'FILE', description: 'findings recorded in FILE do not block (see `baseline`)' },
    { name: 'new-only', negatable: true, description: 'block only findings the change introduces (default when reviewing a change: staged, --rev, --pre-commit, --pre-push)' },
    { name: 'all-findings', description: 'list existing findings in touched files one by one' },
    { name: 'changed-lines', description: 'show only findings on lines the change adds or modifies' },
    { name: 'shard', value: 'I/N', description: 'review only shard I of N (deterministic split by path hash, for CI matrices)' },
    { name: 'jobs', short: 'j', value: 'N', description: 'analysis threads for large reviews, this one included (default: one per core)' },
    { name: 'show-source', negatable: true, description: 'print the source line under each finding (default: on a TTY)' },
    { name: 'color', negatable: true, description: 'force colour on or off (default: on a TTY unless NO_COLOR)' },
    { name: 'progress', negatable: true, description: 'spinner on stderr for long reviews (default: on a TTY, never in CI); --progress shows it from the first file' },
    { name: 'stats', description: 'print files, cache hits, time and per-rule time to stderr' },
    { name: 'quiet', short: 'q', description: 'print only findings and the verdict line; nothing at all when clean' },
    { name: 'verbose', description: 'hooks (--hook, --pre-commit, --pre-push) print the verdict line on a pass too (config: verbose)' },
    { name: 'follow-symlinks', description: 'follow symbolic links in PATH mode' },
    { name: 'max-file-bytes', value: 'N', description: 'files larger than N bytes are reported as too-large (default: 5000000)' },
    { name: 'max-file-seconds', value: 'N', description: 'a file whose analysis takes longer is reported as too slow (default: 30; 0 = no limit)' },
    { name: 'hook', value: 'NAME', choices: ['pre-commit', 'pre-push'], description: 'install/uninstall: which git hook (default: pre-commit); a review: runs as that hook (silent on a pass)' },
    { name: 'force', description: 'install: replace an existing hook (kept as a backup) instead of running it first' },
    { name: 'help', short: 'h', description: 'show this help' },
    { name: 'version', short: 'V', description: 'print the version' },
];
/**
 * Every subcommand and its usage line: the parser knows a command by its first word, and `--help` prints every line,
 * so a subcommand (or a subcommand's action, `cache info`) cannot exist without being listed.
 */
const COMMAND_USAGE = [
    ['review [PATH...]', 'the same as without "review" (the default command)'],
    ['install [--hook H] [--force]', 'install the git hook (pre-commit or pre-push)'],
    ['uninstall [--hook H]', 'remove the hook, restoring any previous one'],
    ['rules', 'list the rules (id, aliases, category, severity, enabled)'],
    ['explain RULE', 'why a rule exists, bad and good examples, the fix'],
    ['baseline [PATH...]', 'record current findings so they stop blocking'],
    ['init [FILE]', 'write a config (migrating Bandit settings if found)'],
    ['cache info', 'where the blob cache is, its entries and size'],
    ['cache clear', 'empty the blob cache'],
    ['help', 'show this help (also -h, --help)'],
];
export const COMMANDS = [...new Set(COMMAND_USAGE.map(([usage]) => usage.split(' ')[0]))];
export function parseArgs(argv, extraOptions = []) {
    const table = [...OPTIONS, ...extraOptions];
    const byName = new Map(table.map((spec) => [spec.name, spec]));
    const byShort = new Map(table.filter((spec) => spec.short).map((spec) => [spec.short, spec]));
    const options = new Map();
    const positionals = [];
    let command;
    for (let index = 0; index < argv.length; index++) {
        const arg = argv[index];
        if (arg === '--') {
            positionals.push(...argv.slice(index + 1));
            break;
        }
        if (!arg.startsWith('-') || arg === '-') {
            if (command === undefined && positionals.length === 0 && COMMANDS.includes(arg))
                command = arg;
            else
                positionals.push(arg);
            continue;
        }
        let name;
        let inline;
        if (arg.startsWith('--')) {
            const eq = arg.indexOf('=');
            name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
            inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
        }
        else {
            const spec = byShort.get(arg.slice(1, 2));
            if (!spec)
                throw new UsageError(`unknown option '${arg}' (see --help)`);
            name = spec.name;
            inline = arg.length > 2 ? arg.slice(2) : undefined;
        }
        let spec = byName.get(name);
        if (!spec && name.startsWith('no-')) {
            const positive = byName.get(name.slice(3));
            if (positive?.negatable) {
                options.set(positive.name, false);
                continue;
            }
        }
        if (!spec)
            throw new UsageError(`unknown option '--${name}'${suggest(name, table.map((s) => s.name))} (see --help)`);
        if (!spec.value) {
            if (inline !== undefined)
                throw new UsageError(`option '--${name}' takes no value`);
            options.set(spec.name, true);
            continue;
        }
        const value = inline ?? argv[++index];
        if (value === undefined)
            throw new UsageError(`option '--${name}' needs a value (${spec.value})`);
        if (spec.choices && !spec.choices.includes(value)) {
            throw new UsageError(`option '--${name}': '${value}' is not one of ${spec.choices.join(', ')}`);
        }
        if (spec.repeatable) {
            const list = options.get(spec.name) ?? [];
            list.push(value);
            options.set(spec.name, list);
        }
        else {
            options.set(spec.name, value);
        }
        spec = undefined;
    }
    return { command, positionals, options };
}
function suggest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(word, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? `; did you mean '--${best}'?` : '';
}
export function helpText(version) {
    const lines = [
        `git-review-security ${version} — Python security review inside git`,
        '',
        'Usage:',
        '  git review-security [options]              review the staged Python files (pre-commit hook mode)',
        '  git review-security [options] PATH...      review files and folders in the worktree',
        '  git review-security --all                  review every tracked Python file',
        '  git review-security --rev A..B             review the files a revision range changed',
        '',
        'Commands:',
        ...COMMAND_USAGE.map(([usage, description]) => `  git review-security ${usage.padEnd(28)} ${description}`),
        '',
        'Options:',
    ];
    for (const spec of OPTIONS) {
        const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${spec.negatable ? `[no-]${spec.name}` : spec.name}${spec.value ? ` ${spec.value}` : ''}`;
        lines.push(`  ${flag.padEnd(36)} ${spec.description}`);
    }
    lines.push('', 'Examples:', '  git review-security                          # what the hook runs', '  git review-security --all --format sarif=review.sarif --format compact', '  git review-security --rev origin/main...HEAD --format markdown -o review.md # a review to paste into a PR', '  git review-security --rev origin/main...HEAD --format github                # annotations in a GitHub Actions job', '  git review-security --all --no-cache --stats                                # time per phase and per rule, on stderr', '  git review-security src/ --fail-on medium', '', 'Exit codes: 0 nothing blocking · 1 blocking findings · 2 usage, config, git, input or internal error');
    return `${lines.join('\n')}\n`;
}
