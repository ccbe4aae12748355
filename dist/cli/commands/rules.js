import { commandLineSettings, settingsConfigRequest } from '../request.js';
import { UsageError } from '../../errors.js';
import { RULES, findRule } from '../../rules/index.js';
import { resolveSettings } from '../../config/settings.js';
import { loadConfig } from '../../config/load.js';
import { locateProject } from '../../git/repo.js';
/** The ENABLED column is what a review run from here would run: the config found here, then `--rule` options. */
export async function runRules(args, io) {
    const loaded = await loadConfig(settingsConfigRequest(args), locateProject(io.cwd, io.env), io.env);
    const enabled = new Set(resolveSettings(commandLineSettings(args), loaded.config).rules.map(({ rule }) => rule.id));
    const rows = RULES.map((rule) => [rule.id, rule.aliases.filter((alias) => /^[A-Z]+\d+$/.test(alias)).join(',') || '-', rule.category, rule.severity, rule.confidence, enabled.has(rule.id) ? 'yes' : 'no']);
    const header = ['RULE', 'ALIASES', 'CATEGORY', 'SEVERITY', 'CONFIDENCE', 'ENABLED'];
    const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
    const line = (cells) => cells.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd();
    io.stdout.write(`${[line(header), ...rows.map(line)].join('\n')}\n${RULES.length} rules, ${enabled.size} enabled\n`);
    return 0;
}
export function runExplain(args, io) {
    const name = args.positionals[0];
    if (!name)
        throw new UsageError('explain needs a rule id or alias, e.g. `git review-security explain B602`');
    const rule = findRule(name);
    if (!rule)
        throw new UsageError(`unknown rule '${name}' (see \`git review-security rules\`)`);
    const out = [
        `${rule.id}${rule.aliases.length ? ` (${rule.aliases.join(', ')})` : ''}`,
        `category: ${rule.category} · CWE-${rule.cwe} · severity ${rule.severity} · confidence ${rule.confidence} · cost ${rule.cost}`,
        '',
        rule.message,
        '',
        'Why:',
        `  ${rule.docs.why}`,
        '',
        'Flagged:',
        ...rule.docs.bad.flatMap((example) => [...indent(example), '']),
        'Accepted:',
        ...rule.docs.good.flatMap((example) => [...indent(example), '']),
        'Fix:',
        `  ${rule.fix}`,
    ];
    if (rule.options && Object.keys(rule.options).length > 0) {
        out.push('', 'Options (config `rules.<id>.options`):', ...Object.entries(rule.options).map(([key, value]) => `  ${key}: ${JSON.stringify(value)}`));
    }
    if (rule.docs.references?.length)
        out.push('', 'References:', ...rule.docs.references.map((reference) => `  ${reference}`));
    out.push('', `Suppress one finding: # review-security: ignore[${rule.id}] -- <reason>`);
    io.stdout.write(`${out.join('\n')}\n`);
    return 0;
}
function indent(code) {
    return code.replace(/\n$/, '').split('\n').map((line) => `    ${line}`);
}
