// The baseline: findings recorded once (`git review-security baseline`) that stop blocking afterwards.
//
// Entries are matched by `Finding.fingerprint` = rule + project-relative path + normalised statement text + severity and
// data-flow kind (a finding that became worse is new) +
// occurrence index of that statement in the file: never line numbers, so inserted lines and reformatting elsewhere
// do not churn it, and matching counts multiplicity, so a NEW copy of a recorded finding is still reported (Bandit's
// baseline swallows it). Entries whose file was reviewed but that matched nothing are stale (fixed or changed).
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
export const DEFAULT_BASELINE_FILE = '.review-security-baseline.json';
const BASELINE_VERSION = 1;
export class BaselineError extends Error {
}
function parseBaseline(text, file) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new BaselineError(`not valid JSON (${error.message.replace(/ in JSON at position .*$/s, '')}); regenerate it with \`git review-security baseline\``);
    }
    const findings = data?.findings;
    if (!Array.isArray(findings) || data.version !== BASELINE_VERSION) {
        throw new BaselineError(`not a review-security baseline (expected {"version": ${BASELINE_VERSION}, "findings": [...]}); regenerate it with \`git review-security baseline\``);
    }
    const entries = [];
    findings.forEach((entry, index) => {
        const item = entry;
        if (typeof item?.fingerprint !== 'string' || typeof item.path !== 'string' || typeof item.rule !== 'string') {
            throw new BaselineError(`findings[${index}]: expected an object with fingerprint, rule and path`);
        }
        entries.push({ fingerprint: item.fingerprint, rule: item.rule, path: item.path, line: Number(item.line) || 0, statement: String(item.statement ?? '') });
    });
    return { file, entries };
}
/**
 * Marks findings recorded in the baseline as suppressed (kind `baseline`), consuming one entry per finding.
 * `reviewed` holds the project-relative paths reviewed in this run (only their entries can be stale).
 */
export function applyBaseline(findings, baseline, reviewed) {
    const remaining = new Map();
    for (const entry of baseline.entries)
        remaining.set(entry.fingerprint, (remaining.get(entry.fingerprint) ?? 0) + 1);
    const reason = `recorded in ${baseline.file.split(/[\\/]/).pop()}`;
    let matched = 0;
    for (const finding of findings) {
        const count = remaining.get(finding.fingerprint) ?? 0;
        if (count === 0)
            continue;
        remaining.set(finding.fingerprint, count - 1);
        if (finding.suppressed)
            continue;
        finding.suppressed = { kind: 'baseline', reason };
        finding.blocking = false;
        matched++;
    }
    const stale = [];
    for (const entry of baseline.entries) {
        const left = remaining.get(entry.fingerprint) ?? 0;
        if (left > 0 && reviewed.has(entry.path)) {
            stale.push(entry);
            remaining.set(entry.fingerprint, left - 1);
        }
    }
    return { matched, stale };
}
/**
 * The baseline file's text for these findings (those not silenced by a marker), keeping entries of `kept` whose
 * files were not reviewed this time (a baseline of `src/` does not forget `lib/`).
 */
export function baselineText(findings, projectPathOf, kept = []) {
    const entries = [
        ...kept,
        ...findings.filter((finding) => !finding.suppressed || finding.suppressed.kind === 'baseline').map((finding) => ({
            fingerprint: finding.fingerprint,
            rule: finding.rule,
            path: projectPathOf(finding.path),
            line: finding.line,
            statement: finding.statementText.slice(0, 160),
        })),
    ];
    entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)));
    const body = {
        version: BASELINE_VERSION,
        generatedBy: `${TOOL_NAME} ${TOOL_VERSION}`,
        note: 'Findings recorded here do not block. Matched by fingerprint (rule, path, statement text, occurrence, severity, data-flow kind), not line numbers. Regenerate with `git review-security baseline`.',
        findings: entries,
    };
    return `${JSON.stringify(body, null, 2)}\n`;
}
/**
 * The baseline in effect: the configured file (which must exist), else `.review-security-baseline.json` at the
 * project root when present. In staged mode a staged baseline is read from the index.
 */
export function openBaseline(source) {
    const file = source.configured ? resolve(source.cwd, source.configured) : resolve(source.projectRoot, DEFAULT_BASELINE_FILE);
    // Most repositories have no baseline: the index is asked only when the file is there in the worktree (a default
    // baseline staged but deleted from the worktree counts as absent, which can only block more).
    if (!source.configured && !existsSync(file))
        return undefined;
    const projectRelative = relative(source.projectRoot, file).split('\\').join('/');
    const staged = !projectRelative.startsWith('..') ? source.readStaged?.(projectRelative) : undefined;
    let text = staged;
    if (text === undefined) {
        if (!existsSync(file)) {
            if (source.configured)
                throw new BaselineError(`${source.configured}: no such baseline file (create it with \`git review-security baseline\`)`);
            return undefined;
        }
        try {
            text = readFileSync(file, 'utf8');
        }
        catch (error) {
            throw new BaselineError(`${source.configured ?? DEFAULT_BASELINE_FILE}: cannot read (${error.code ?? error.message})`);
        }
    }
    try {
        return parseBaseline(text, file);
    }
    catch (error) {
        if (error instanceof BaselineError)
            throw new BaselineError(`${source.configured ?? DEFAULT_BASELINE_FILE}: ${error.message}`);
        throw error;
    }
}
