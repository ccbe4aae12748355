import { CATEGORIES, CATEGORY_TITLES } from '../rules/types.js';
import { blockingCount, plural } from './model.js';
import { escapeControl } from './terminal.js';
/** A PR comment has a size limit (65,536 characters on GitHub): long categories are cut, the counts stay whole. */
const MAX_FINDINGS_PER_CATEGORY = 25;
export const NO_DEFECTS_VERDICT = 'No security defects are detected in the reviewed code.';
export function renderMarkdown(report) {
    const visible = report.findings.filter((finding) => !finding.suppressed);
    const testPaths = new Set(report.testCode.map((entry) => entry.path));
    const inTests = (finding) => testPaths.has(finding.path);
    const application = visible.filter((finding) => !inTests(finding));
    const testFindings = visible.filter(inTests);
    const rulesById = new Map(report.rules.map((rule) => [rule.id, rule]));
    const out = ['## Security review', '', reviewedLine(report), ''];
    out.push('### What was checked', '', ...checkedTable(report, application, testFindings), '');
    if (application.length > 0)
        out.push('### Findings', '', ...findingsByCategory(application, rulesById));
    if (testFindings.length > 0) {
        out.push('### Findings in test code', '');
        const flagged = report.testCode.filter((entry) => testFindings.some((finding) => finding.path === entry.path));
        out.push(`Test code is reviewed with the same rules; the test-code policy may lower severities. Test files with findings: ${flagged.map((entry) => `${inlineCode(entry.path)} (${escapeMarkdown(entry.reason)})`).join(', ')}.`, '');
        out.push(...findingsByCategory(testFindings, rulesById));
    }
    const suppressed = report.findings.filter((finding) => finding.suppressed);
    if (suppressed.length > 0) {
        out.push('### Suppressed', '');
        for (const finding of suppressed) {
            const reason = finding.suppressed.reason ? `: ${escapeMarkdown(finding.suppressed.reason)}` : ' (no reason given)';
            out.push(`- ${inlineCode(`${finding.path}:${finding.line}`)} ${inlineCode(finding.rule)}, silenced by ${finding.suppressed.kind}${reason}`);
        }
        out.push('');
    }
    if (report.errors.length > 0 || report.ruleErrors.length > 0) {
        out.push('### Not reviewed', '');
        for (const error of report.errors)
            out.push(`- ${inlineCode(error.path)}: ${escapeMarkdown(error.message)}`);
        for (const error of report.ruleErrors)
            out.push(`- ${inlineCode(error.path)}: rule ${inlineCode(error.rule)} failed: ${escapeMarkdown(error.message)}`);
        out.push('');
    }
    out.push('### Verdict', '', verdictSentence(report, application.length, testFindings.length));
    return `${out.join('\n')}\n`;
}
function reviewedLine(report) {
    const { scanned, cached } = report.files;
    const files = `**${plural(scanned, 'Python file')}**${cached > 0 ? ` (${cached} unchanged since an earlier review, read from the cache)` : ''}`;
    const scope = {
        staged: 'staged for commit',
        'pre-commit': 'named by pre-commit',
        'pre-push': `pushed (${inlineCode(report.target)})`,
        all: `tracked in ${inlineCode(report.target)}`,
        rev: `changed in ${inlineCode(report.target)}`,
        paths: `under ${inlineCode(report.target)}`,
    };
    const categories = new Set(report.rules.map((rule) => rule.category)).size;
    return `Reviewed ${files} ${scope[report.mode]} with ${report.tool.name} ${report.tool.version}: ${plural(report.rules.length, 'rule')} in ${categories} ${categories === 1 ? 'category' : 'categories'}.`;
}
function checkedTable(report, application, testFindings) {
    const rows = ['| Category | Rules | Findings | In test code |', '| --- | ---: | ---: | ---: |'];
    const count = (list, category) => list.filter((finding) => finding.category === category).length;
    for (const category of CATEGORIES) {
        const rules = report.rules.filter((rule) => rule.category === category).length;
        if (rules === 0)
            continue;
        rows.push(`| ${CATEGORY_TITLES[category]} | ${rules} | ${count(application, category)} | ${count(testFindings, category)} |`);
    }
    return rows;
}
function findingsByCategory(findings, rulesById) {
    const out = [];
    for (const category of CATEGORIES) {
        const inCategory = findings.filter((finding) => finding.category === category);
        if (inCategory.length === 0)
            continue;
        out.push(`#### ${CATEGORY_TITLES[category]} (${inCategory.length})`, '');
        const shown = inCategory.slice(0, MAX_FINDINGS_PER_CATEGORY);
        for (const ruleId of [...new Set(shown.map((finding) => finding.rule))]) {
            const rule = rulesById.get(ruleId);
            const names = [...(rule?.aliases.filter((alias) => /^[A-Z]+\d+$/.test(alias)) ?? []), `CWE-${inCategory.find((finding) => finding.rule === ruleId).cwe}`];
            out.push(`${inlineCode(ruleId)} (${names.join(', ')})${rule ? `: ${escapeControl(rule.message)}. **Fix:** ${escapeControl(rule.fix)}` : ''}`, '');
            for (const finding of shown.filter((candidate) => candidate.rule === ruleId))
                out.push(...findingItem(finding));
            out.push('');
        }
        if (inCategory.length > shown.length) {
            out.push(`… and ${plural(inCategory.length - shown.length, 'more finding')} in this category (the \`compact\`, \`json\` and \`sarif\` formats list them all).`, '');
        }
    }
    return out;
}
function findingItem(finding) {
    const labels = [finding.severity, `${finding.confidence} confidence`];
    if (finding.blocking)
        labels.push('**blocking**');
    if (finding.downgraded)
        labels.push(`downgraded: ${escapeMarkdown(finding.downgraded)}`);
    const lines = [`- ${inlineCode(`${finding.path}:${finding.line}`)} (${labels.join(', ')}): ${escapeMarkdown(finding.message)}`];
    if (finding.flow)
        lines.push(`  Flow: ${finding.flow.map((step) => inlineCode(step)).join(' → ')}`);
    if (finding.sourceLine.trim())
        lines.push(...fencedCode(finding.sourceLine.trim()).split('\n').map((line) => `  ${line}`));
    return lines;
}
function verdictSentence(report, visible, inTests) {
    const blocking = blockingCount(report);
    const failed = report.errors.length + report.ruleErrors.length;
    if (failed > 0) {
        return `The review is incomplete: ${plural(failed, 'file')} could not be reviewed${blocking > 0 ? `, and ${plural(blocking, 'blocking finding')} must be fixed` : ''}.`;
    }
    if (blocking > 0)
        return `${plural(blocking, 'blocking finding')} must be fixed (or justified and suppressed) before this change is merged.`;
    if (report.files.scanned === 0)
        return 'No Python files were reviewed.';
    if (visible > 0)
        return `No blocking security defects are detected; ${plural(visible, 'finding')} below the blocking threshold ${visible === 1 ? 'is' : 'are'} listed above for judgement.`;
    if (inTests > 0)
        return `${NO_DEFECTS_VERDICT} ${plural(inTests, 'finding')} in test code ${inTests === 1 ? 'is' : 'are'} listed apart above.`;
    return NO_DEFECTS_VERDICT;
}
/** A fenced block longer than any backtick run inside, so source text cannot close it. */
export function fencedCode(code, language = 'python') {
    const longest = Math.max(2, ...(code.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${language}\n${code.replace(/\n$/, '').split('\n').map(escapeControl).join('\n')}\n${fence}`;
}
/** Inline code that survives backticks in the text (CommonMark: a longer delimiter run, padded with spaces). */
export function inlineCode(text) {
    const clean = escapeControl(text);
    const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    return longest > 0 ? `${fence} ${clean} ${fence}` : `${fence}${clean}${fence}`;
}
/** Prose from rules and the repository: characters Markdown would act on are escaped; `@` cannot ping anyone. */
export function escapeMarkdown(text) {
    return escapeControl(text).replace(/[\\`*_[\]<>|#~]/g, (char) => `\\${char}`).replace(/@/g, '@\u200b');
}
