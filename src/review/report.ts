// FileReview[] → the report every format renders: each file's policy (src/policy/apply.ts), then the policy across
// files (--new-only, --changed-lines, the baseline, the verdict: src/policy/review-policy.ts).
import type { Settings } from '../config/settings.js';
import type { FileReview } from '../engine/review-files.js';
import type { JobBase } from '../git/diff-base.js';
import { applyPolicy } from '../policy/apply.js';
import type { Baseline } from '../policy/baseline.js';
import type { Finding } from '../policy/finding.js';
import { markExisting } from '../policy/new-only.js';
import { newOnlyView, onChangedLines, silenceBaselined, verdictOf } from '../policy/review-policy.js';
import type { ReviewReport } from '../report/model.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import type { Selection } from './selection.js';

/** Per reviewed file (in review order): what it is compared with under --new-only / --changed-lines. */
export interface Comparison {
  newOnly: boolean;
  /** `--all-findings`: list existing findings one by one instead of one summary line. */
  listExisting: boolean;
  changedLinesView: boolean;
  bases: (JobBase & { previousReview?: FileReview })[];
}

export function buildReport(selection: Selection, reviews: FileReview[], settings: Settings, baseline?: Baseline, comparison?: Comparison): ReviewReport {
  const findings: Finding[] = [];
  const report: ReviewReport = {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    mode: selection.mode,
    target: selection.target,
    findings,
    rules: settings.rules.map(({ rule }) => rule),
    files: { scanned: 0, cached: 0, errors: 0 },
    errors: [],
    testCode: [],
    ruleErrors: [],
    notices: selection.notices,
    verdict: 'passed',
  };
  const existingFiles = new Set<string>();
  let offChangedLines = 0;
  const outsideChange = comparison?.bases.filter((base) => base.outsideChange).length ?? 0;
  if (outsideChange > 0) {
    report.outsideChange = outsideChange;
    report.notices.push(`${outsideChange === 1 ? '1 named file is' : `${outsideChange} named files are`} not part of the change: reviewed in full, every finding there counts (as with --all)`);
  }
  for (const [reviewIndex, review] of reviews.entries()) {
    if (review.error || !review.analysis) {
      report.errors.push({ path: review.path, message: review.error ?? 'not reviewed' });
      report.files.errors++;
      continue;
    }
    report.files.scanned++;
    if (review.cached) report.files.cached++;
    const outcome = applyPolicy(review.path, review.analysis, settings.policy, selection.projectPath?.(review.path));
    const base = comparison?.bases[reviewIndex];
    if (comparison?.newOnly && base?.previous) {
      const previous = base.previousReview?.analysis;
      if (previous) {
        if (markExisting(outcome.findings, previous, review.path, selection.projectPath?.(review.path) ?? review.path, settings.policy) > 0) existingFiles.add(review.path);
      } else {
        report.notices.push(`${review.path}: the previous version could not be reviewed (${base.previousReview?.error ?? 'not read'}); every finding in it counts as new`);
      }
    }
    if (comparison?.changedLinesView && base?.changedLines) {
      const { kept, hidden } = onChangedLines(outcome.findings, base.changedLines);
      offChangedLines += hidden;
      outcome.findings = kept;
    }
    findings.push(...outcome.findings);
    if (outcome.testCode) report.testCode.push({ path: review.path, reason: outcome.testCode });
    for (const notice of outcome.suppressionNotices) report.notices.push(`${review.path}:${notice.line}: ${notice.message}`);
    for (const error of review.analysis.ruleErrors) report.ruleErrors.push({ path: review.path, ...error });
  }
  findings.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.column - b.column));
  if (baseline) {
    const projectPath = selection.projectPath ?? ((path: string) => path);
    const reviewed = new Set(reviews.filter((review) => review.analysis).map((review) => projectPath(review.path)));
    const notice = silenceBaselined(findings, baseline, reviewed);
    if (notice) report.notices.push(notice);
  }
  if (comparison?.newOnly) {
    const { existing, listed } = newOnlyView(findings, comparison.listExisting);
    report.existing = { count: existing, files: existingFiles.size, listed: comparison.listExisting };
    report.findings = listed;
  }
  if (comparison?.changedLinesView) report.offChangedLines = offChangedLines;
  report.verdict = verdictOf(findings, report.errors.length + report.ruleErrors.length);
  return report;
}
