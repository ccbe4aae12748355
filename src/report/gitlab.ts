// `--format gitlab`: the Code Climate JSON that GitLab's Code Quality report reads (`artifacts:reports:codequality`),
// one issue per finding not suppressed, and one per file that could not be reviewed. GitLab matches issues between
// the merge request and its target branch by `fingerprint`: the finding's own line-shift-proof fingerprint (a hash:
// never the statement's text, so never a secret), which moving code does not change.
import { createHash } from 'node:crypto';
import type { Finding } from '../policy/finding.js';
import type { Level } from '../rules/types.js';
import type { ReviewReport } from './model.js';

/** Code Climate severities are info, minor, major, critical, blocker; GitLab shows them as the merge request's. */
const SEVERITY: Record<Level, string> = { high: 'critical', medium: 'major', low: 'minor' };

interface CodeQualityIssue {
  type: 'issue';
  check_name: string;
  description: string;
  categories: string[];
  severity: string;
  fingerprint: string;
  location: { path: string; lines: { begin: number; end?: number } };
}

export function renderGitlab(report: ReviewReport): string {
  const issues: CodeQualityIssue[] = report.findings.filter((finding) => !finding.suppressed).map(findingIssue);
  for (const error of report.errors) issues.push(notReviewed(error.path, 'not reviewed', error.message));
  for (const error of report.ruleErrors) issues.push(notReviewed(error.path, `rule ${error.rule} failed`, error.message));
  return `${JSON.stringify(issues, null, 2)}\n`;
}

function findingIssue(finding: Finding): CodeQualityIssue {
  const details = [`${finding.severity} severity`, `${finding.confidence} confidence`, `CWE-${finding.cwe}`];
  if (finding.blocking) details.push('blocking');
  if (finding.existing) details.push('existing');
  return {
    type: 'issue',
    check_name: finding.rule,
    description: `${finding.rule}: ${finding.message} [${details.join(', ')}]`,
    categories: ['Security'],
    severity: SEVERITY[finding.severity],
    fingerprint: finding.fingerprint,
    location: { path: finding.path, lines: { begin: finding.line, end: finding.endLine } },
  };
}

/** A file the review could not finish: a blocker, since the gate did not see it. */
function notReviewed(path: string, what: string, message: string): CodeQualityIssue {
  return {
    type: 'issue',
    check_name: 'review-error',
    description: `${what}: ${message}`,
    categories: ['Bug Risk'],
    severity: 'blocker',
    fingerprint: createHash('sha256').update(`review-error\0${path}\0${what}`).digest('hex').slice(0, 32),
    location: { path, lines: { begin: 1 } },
  };
}
