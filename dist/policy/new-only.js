import { applyPolicy } from './apply.js';
/**
 * Marks the findings of one file that were already present in `previous` (analysed as if at the current path):
 * `existing`, and never blocking. Multiplicity counts: N old copies cover N current ones. A previous finding that a
 * marker silenced does not count, so deleting a `# nosec` makes its finding new. Returns how many were marked.
 */
export function markExisting(findings, previous, path, projectPath, policy) {
    const before = new Map();
    for (const old of applyPolicy(path, previous, policy, projectPath).findings) {
        if (old.suppressed && old.suppressed.kind !== 'baseline')
            continue;
        before.set(old.fingerprint, (before.get(old.fingerprint) ?? 0) + 1);
    }
    let marked = 0;
    for (const finding of findings) {
        const left = before.get(finding.fingerprint) ?? 0;
        if (left === 0)
            continue;
        before.set(finding.fingerprint, left - 1);
        finding.existing = true;
        finding.blocking = false;
        marked++;
    }
    return marked;
}
/** Modes that review a change and so know each file's previous version exactly. */
const CHANGE_MODES = new Set(['staged', 'pre-commit', 'rev', 'pre-push']);
/**
 * Whether `--new-only` applies: the flag or config `newOnly` when given, else on in every mode that reviews a change.
 * (The issue's rule "on once HEAD has findings" gives the same verdicts: with no findings before, every finding is
 * new.) Asking for it where there is no previous version (`--all`, PATH...) is a usage error for the flag, and
 * ignored for the config key, which applies to the hook and CI runs alike.
 */
export function newOnlyApplies(mode, flag, configured) {
    const changeMode = CHANGE_MODES.has(mode);
    if (flag === true && !changeMode)
        throw new NewOnlyError(`--new-only needs a change to compare with: use it with staged changes, --rev, --pre-commit or --pre-push (not ${mode === 'paths' ? 'PATH...' : `--${mode}`})`);
    if (!changeMode)
        return false;
    return flag ?? configured ?? true;
}
export class NewOnlyError extends Error {
}
