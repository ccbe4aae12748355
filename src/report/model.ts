// The report every format renders: pure data, built once per review.
import type { FileError, Finding } from '../policy/finding.js';

export type ReviewMode = 'paths' | 'staged' | 'all' | 'rev' | 'pre-commit';

export interface ReviewReport {
  tool: { name: string; version: string };
  mode: ReviewMode;
  /** What was reviewed, for people: `3 staged files`, `origin/main...HEAD`. */
  target: string;
  findings: Finding[];
  files: { scanned: number; cached: number; errors: number };
  errors: FileError[];
  /** Files treated as test code, with the reason. */
  testCode: { path: string; reason: string }[];
  /** Rules that threw: the review is incomplete. */
  ruleErrors: { path: string; rule: string; message: string }[];
  /** Notes for the first line (e.g. `using Bandit settings from .bandit`). */
  notices: string[];
  verdict: 'blocked' | 'passed';
}

export function blockingCount(report: ReviewReport): number {
  return report.findings.filter((finding) => finding.blocking).length;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
