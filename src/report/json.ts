// `--format json`: the documented, stable machine shape (docs/usage.md "JSON output").
import type { ReviewReport } from './model.js';

export function renderJson(report: ReviewReport): string {
  const output = {
    tool: report.tool,
    mode: report.mode,
    target: report.target,
    findings: report.findings.map((finding) => ({
      rule: finding.rule,
      aliases: finding.aliases,
      ...(finding.alsoRules ? { alsoRules: finding.alsoRules } : {}),
      category: finding.category,
      cwe: finding.cwe,
      severity: finding.severity,
      confidence: finding.confidence,
      path: finding.path,
      line: finding.line,
      column: finding.column,
      endLine: finding.endLine,
      endColumn: finding.endColumn,
      message: finding.message,
      blocking: finding.blocking,
      ...(finding.suppressed ? { suppressed: true, suppression: finding.suppressed } : {}),
      ...(finding.downgraded ? { downgraded: finding.downgraded } : {}),
      ...(finding.existing ? { existing: true } : {}),
      ...(finding.flow ? { flow: finding.flow } : {}),
      fingerprint: finding.fingerprint,
    })),
    ...(report.existing ? { existing: report.existing } : {}),
    files: report.files,
    errors: [
      ...report.errors,
      ...report.ruleErrors.map((error) => ({ path: error.path, message: `rule ${error.rule} failed: ${error.message}` })),
    ],
    testCode: report.testCode,
    notices: report.notices,
    verdict: report.verdict,
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}
