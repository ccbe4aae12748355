// The report every format renders: pure data, built once per review.
import type { FileError, Finding } from '../policy/finding.js';
import type { RuleMeta } from '../rules/types.js';

export type ReviewMode = 'paths' | 'staged' | 'all' | 'rev' | 'pre-commit' | 'pre-push';

export interface ReviewReport {
  tool: { name: string; version: string };
  mode: ReviewMode;
  /** What was reviewed, for people: `3 staged files`, `origin/main...HEAD`. */
  target: string;
  findings: Finding[];
  /** The rules this review ran, sorted by id: what was checked (markdown) and SARIF's `tool.driver.rules`. */
  rules: RuleMeta[];
  files: { scanned: number; cached: number; errors: number };
  errors: FileError[];
  /** Files treated as test code, with the reason. */
  testCode: { path: string; reason: string }[];
  /** Rules that threw: the review is incomplete. */
  ruleErrors: { path: string; rule: string; message: string }[];
  /** Notes for the first line (e.g. `using Bandit settings from .bandit`). */
  notices: string[];
  verdict: 'blocked' | 'passed';
  /**
   * `--new-only`: findings already present before the change (`Finding.existing`). They are listed in `findings`
   * only with `--all-findings` (`listed`); otherwise only counted, for one summary line.
   */
  existing?: { count: number; files: number; listed: boolean };
  /**
   * `--pre-commit`: files the framework named that the change does not touch (`pre-commit run --all-files`),
   * reviewed in full: their findings are new to no one, but they are reported and block as in `--all`.
   */
  outsideChange?: number;
  /** `--changed-lines`: findings on lines the change did not touch, left out of `findings` (a view, not a verdict). */
  offChangedLines?: number;
}

export function blockingCount(report: ReviewReport): number {
  return report.findings.filter((finding) => finding.blocking).length;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
