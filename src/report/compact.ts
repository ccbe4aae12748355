// `--format compact`: one line per finding, a summary per category, a verdict. The hook's report.
import { CATEGORY_TITLES, type Category } from '../rules/types.js';
import type { Finding } from '../policy/finding.js';
import { blockingCount, plural, type ReviewReport } from './model.js';
import { escapeControl, paint, type TerminalStyle } from './terminal.js';

export interface CompactOptions extends TerminalStyle {
  showSource: boolean;
  quiet: boolean;
}

const SEVERITY_COLOR = { high: 'red', medium: 'yellow', low: 'cyan' } as const;

export function renderCompact(report: ReviewReport, options: CompactOptions): string {
  const out: string[] = [];
  const visible = report.findings.filter((finding) => !finding.suppressed);
  const blocking = blockingCount(report);
  if (!options.quiet || visible.length > 0 || report.errors.length > 0) {
    out.push(headline(report));
    for (const notice of report.notices) out.push(paint(options, 'dim', notice));
  }
  const locations = visible.map((finding) => `${escapeControl(finding.path)}:${finding.line}:${finding.column}`);
  const width = Math.min(60, Math.max(0, ...locations.map((location) => location.length)));
  visible.forEach((finding, index) => {
    const severity = paint(options, SEVERITY_COLOR[finding.severity], finding.severity.toUpperCase().padEnd(6));
    const note = finding.downgraded ? paint(options, 'dim', ` [downgraded: ${finding.downgraded}]`) : '';
    out.push(`${locations[index].padEnd(width)}  ${severity}  ${finding.rule}  ${escapeControl(finding.message)}${note}`);
    if (finding.flow) out.push(paint(options, 'dim', `    flow: ${escapeControl(finding.flow.join(' → '))}`));
    if (options.showSource && finding.sourceLine.trim()) out.push(paint(options, 'dim', `    ${escapeControl(finding.sourceLine.trim())}`));
  });
  for (const error of report.errors) out.push(`${escapeControl(error.path)}  ${paint(options, 'red', 'ERROR ')}  ${escapeControl(error.message)}`);
  for (const error of report.ruleErrors) out.push(`${escapeControl(error.path)}  ${paint(options, 'red', 'ERROR ')}  rule ${error.rule} failed: ${escapeControl(error.message)}`);
  if (visible.length > 0) {
    out.push('');
    out.push(...categorySummary(visible));
  }
  const suppressed = report.findings.length - visible.length;
  if (suppressed > 0 && !options.quiet) out.push(paint(options, 'dim', `${plural(suppressed, 'finding')} suppressed by markers or baseline`));
  if (!options.quiet || blocking > 0 || visible.length > 0 || report.errors.length > 0) out.push(verdictLine(report, options));
  if (blocking > 0 && (report.mode === 'staged' || report.mode === 'pre-commit')) out.push(...blockedAdvice(report));
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}

function headline(report: ReviewReport): string {
  const { scanned, cached } = report.files;
  const what = report.mode === 'staged' || report.mode === 'pre-commit' ? `staged Python ${scanned === 1 ? 'file' : 'files'}` : `Python ${scanned === 1 ? 'file' : 'files'}`;
  return `review-security: ${scanned} ${what} reviewed${cached > 0 ? ` (${cached} from cache)` : ''}${report.mode === 'rev' || report.mode === 'all' ? ` in ${report.target}` : ''}`;
}

function categorySummary(findings: Finding[]): string[] {
  const byCategory = new Map<Category, Finding[]>();
  for (const finding of findings) {
    const list = byCategory.get(finding.category);
    if (list) list.push(finding);
    else byCategory.set(finding.category, [finding]);
  }
  const lines: string[] = [];
  for (const [category, list] of [...byCategory].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
    const counts = (['high', 'medium', 'low'] as const)
      .map((severity) => [severity, list.filter((finding) => finding.severity === severity).length] as const)
      .filter(([, count]) => count > 0)
      .map(([severity, count]) => `${count} ${severity}`);
    lines.push(`  ${CATEGORY_TITLES[category]}: ${counts.join(', ')}`);
  }
  return lines;
}

export function verdictText(report: ReviewReport): string {
  const blocking = blockingCount(report);
  const staged = report.mode === 'staged' || report.mode === 'pre-commit';
  if (report.errors.length > 0 || report.ruleErrors.length > 0) {
    const failed = report.errors.length + report.ruleErrors.length;
    return `${staged ? 'commit blocked' : 'review incomplete'}: ${plural(failed, 'file')} could not be reviewed${blocking > 0 ? ` and ${plural(blocking, 'blocking finding')}` : ''}`;
  }
  if (blocking > 0) return `${staged ? 'commit blocked' : 'review failed'}: ${plural(blocking, 'blocking finding')}`;
  const shown = report.findings.filter((finding) => !finding.suppressed).length;
  const scope = `${report.files.scanned} ${staged ? 'staged ' : ''}${report.files.scanned === 1 ? 'file' : 'files'}${report.files.cached > 0 ? ` (${report.files.cached} from cache)` : ''}`;
  if (report.files.scanned === 0) return staged ? 'no staged Python files to review' : 'no Python files to review';
  if (shown === 0) return `no security defects detected in ${scope}`;
  return `passed: no blocking findings in ${scope} (${plural(shown, 'non-blocking finding')})`;
}

function verdictLine(report: ReviewReport, options: TerminalStyle): string {
  const text = verdictText(report);
  const failed = report.verdict === 'blocked';
  return paint(options, failed ? 'red' : 'green', text);
}

function blockedAdvice(report: ReviewReport): string[] {
  const first = report.findings.find((finding) => finding.blocking);
  const rule = first?.rule ?? '<rule>';
  return [
    `  details:   git review-security explain ${rule}`,
    `  suppress:  add  # review-security: ignore[${rule}] -- <reason>  on the flagged statement`,
    '  skip once: git commit --no-verify',
  ];
}
