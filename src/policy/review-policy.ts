// Policy across the files of one review, after each file's own (apply.ts) and --new-only's marking (new-only.ts):
// what the --changed-lines view hides, what the baseline silences, what --new-only lists, and the verdict.
import { applyBaseline, type Baseline } from './baseline.js';
import type { Finding } from './finding.js';

/** Inclusive 1-based line ranges a change adds or modifies in one file (src/git/hunks.ts reads them from git). */
type ChangedLines = ReadonlyArray<readonly [number, number]>;

/** Whether lines `first`..`last` overlap a changed range. */
function touchesChangedLine(ranges: ChangedLines | undefined, first: number, last: number): boolean {
  return !!ranges?.some(([start, end]) => first <= end && last >= start);
}

/**
 * `--changed-lines`, a view: findings off the changed lines are hidden unless they block (a change can make an old
 * line exploitable). Returns what stays and how many were hidden.
 */
export function onChangedLines(findings: readonly Finding[], ranges: ChangedLines): { kept: Finding[]; hidden: number } {
  const kept = findings.filter((finding) => finding.blocking || touchesChangedLine(ranges, finding.line, finding.endLine));
  return { kept, hidden: findings.length - kept.length };
}

/**
 * Silences the findings the baseline records (matched by fingerprint, src/policy/baseline.ts), among the files
 * reviewed (`reviewed`: project-relative paths). Returns a notice when recorded findings of those files are gone.
 */
export function silenceBaselined(findings: Finding[], baseline: Baseline, reviewed: ReadonlySet<string>): string | undefined {
  const { stale } = applyBaseline(findings, baseline, reviewed);
  if (stale.length === 0) return undefined;
  return `baseline: ${stale.length} recorded ${stale.length === 1 ? 'finding is' : 'findings are'} gone (fixed or changed): ${[...new Set(stale.map((entry) => entry.path))].slice(0, 5).join(', ')}; refresh with \`git review-security baseline\``;
}

/**
 * `--new-only`: how many findings were already there before the change (never blocking, marked by new-only.ts), and
 * what the report lists: every finding with `--all-findings`, else the new ones and the silenced ones (reports
 * count those as silenced, as without --new-only).
 */
export function newOnlyView(findings: Finding[], listExisting: boolean): { existing: number; listed: Finding[] } {
  const existing = findings.filter((finding) => finding.existing && !finding.suppressed).length;
  return { existing, listed: listExisting ? findings : findings.filter((finding) => !finding.existing || finding.suppressed) };
}

/** Blocked when a finding blocks or a file or rule could not be reviewed: an incomplete review never passes. */
export function verdictOf(findings: readonly Finding[], failures: number): 'blocked' | 'passed' {
  return findings.some((finding) => finding.blocking) || failures > 0 ? 'blocked' : 'passed';
}
