// `--format compact`: one line per finding, a summary per category, a verdict. The hook's report.
import { CATEGORY_TITLES, type Category } from '../rules/types.js';
import type { Finding } from '../policy/finding.js';
import { blockingCount, plural, type ReviewReport } from './model.js';
import { escapeControl, paint, type TerminalStyle } from './terminal.js';

interface CompactOptions extends TerminalStyle {
  showSource: boolean;
  quiet: boolean;
  /** A hook's default: a clean review with no notice prints nothing (src/report/index.ts). */
  silentPass?: boolean;
  /** How hints name the tool (default `git review-security`). */
  command?: string;
  /** Terminal width when writing to a TTY: long messages and source lines are cut to fit. */
  columns?: number;
}

const SEVERITY_COLOR = { high: 'red', medium: 'yellow', low: 'cyan' } as const;

export function renderCompact(report: ReviewReport, options: CompactOptions): string {
  const out: string[] = [];
  const visible = listedFindings(report);
  const blocking = blockingCount(report);
  const clean = visible.length === 0 && report.errors.length === 0 && report.ruleErrors.length === 0;
  // A clean review is one line (the hook's "silent, fast pass") after any notice that needs saying (stale baseline
  // entries, a config that differs from the staged one…), or nothing at all with --quiet.
  if (clean) {
    if (options.quiet) return '';
    const notes = [...report.notices, ...existingSummary(report)];
    if (options.silentPass && notes.length === 0) return '';
    const notices = report.notices.map((notice) => paint(options, 'dim', escapeControl(withCommand(notice, options))));
    return `${[...notices, ...existingSummary(report), `review-security: ${verdictLine(report, options)}`].join('\n')}\n`;
  }
  {
    out.push(headline(report));
    for (const notice of report.notices) out.push(paint(options, 'dim', escapeControl(withCommand(notice, options))));
  }
  const locations = visible.map((finding) => `${escapeControl(finding.path)}:${finding.line}:${finding.column}`);
  const failed = [...report.errors.map((error) => ({ path: error.path, message: escapeControl(error.message) })),
    ...report.ruleErrors.map((error) => ({ path: error.path, message: `rule ${error.rule} failed: ${escapeControl(error.message)}` }))];
  const failedPaths = failed.map((error) => escapeControl(error.path));
  const width = Math.min(60, Math.max(0, ...[...locations, ...failedPaths].map((location) => location.length)));
  const ruleWidth = Math.min(32, Math.max(0, ...visible.map((finding) => finding.rule.length)));
  visible.forEach((finding, index) => {
    const severity = paint(options, SEVERITY_COLOR[finding.severity], finding.severity.toUpperCase().padEnd(6));
    const prefix = `${locations[index].padEnd(width)}  ${finding.severity.toUpperCase().padEnd(6)}  ${finding.rule.padEnd(ruleWidth)}  `;
    const message = escapeControl(finding.message);
    const note = (finding.existing ? ' [existing]' : '') + (finding.downgraded ? ` [downgraded: ${escapeControl(finding.downgraded)}]` : '');
    const room = roomAfter(prefix, options.columns);
    const tail = fits(message + note, room) ? message + (note ? paint(options, 'dim', note) : '') : truncate(message + note, room);
    out.push(`${locations[index].padEnd(width)}  ${severity}  ${finding.rule.padEnd(ruleWidth)}  ${tail}`);
    if (finding.flow && !finding.message.includes(finding.flow.join(' → '))) out.push(paint(options, 'dim', truncate(`    flow: ${escapeControl(finding.flow.join(' → '))}`, roomAfter('', options.columns))));
    if (options.showSource && finding.sourceLine.trim()) out.push(paint(options, 'dim', truncate(`    ${escapeControl(finding.sourceLine.trim())}`, roomAfter('', options.columns))));
  });
  failed.forEach((error, index) => out.push(`${failedPaths[index].padEnd(width)}  ${paint(options, 'red', 'ERROR ')}  ${error.message}`));
  if (visible.length > 0) {
    out.push('');
    out.push(...categorySummary(visible));
  }
  const silenced = silencedText(report);
  if (silenced && !options.quiet) out.push(paint(options, 'dim', `not listed: ${silenced}`));
  const inTests = testCodeText(report);
  if (inTests && !options.quiet) out.push(paint(options, 'dim', `not listed: ${inTests} (\`--test-code same\` lists them)`));
  if (!options.quiet) out.push(...existingSummary(report).map((line) => paint(options, 'dim', line)));
  if (!options.quiet || blocking > 0 || visible.length > 0 || report.errors.length > 0) out.push(verdictLine(report, options));
  if (blocking > 0 && (report.mode === 'staged' || report.mode === 'pre-commit' || report.mode === 'pre-push')) out.push(...blockedAdvice(report, options.command ?? DEFAULT_COMMAND));
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}

/** Narrow terminals get the whole line (wrapped) rather than a stump of a message. */
const MIN_ROOM = 40;

function roomAfter(prefix: string, columns: number | undefined): number | undefined {
  if (!columns) return undefined;
  const room = columns - [...prefix].length;
  return room >= MIN_ROOM ? room : undefined;
}

function fits(text: string, room: number | undefined): boolean {
  return room === undefined || [...text].length <= room;
}

/** Cut to `room` characters with an ellipsis; code points, so a surrogate pair is never split. */
export function truncate(text: string, room: number | undefined): string {
  if (room === undefined || fits(text, room)) return text;
  return `${[...text].slice(0, room - 1).join('')}…`;
}

function headline(report: ReviewReport): string {
  const { scanned, cached } = report.files;
  const what = report.mode === 'staged' || report.mode === 'pre-commit' ? `staged Python ${scanned === 1 ? 'file' : 'files'}` : `Python ${scanned === 1 ? 'file' : 'files'}`;
  return `review-security: ${scanned} ${what} reviewed${cached > 0 ? ` (${cached} from cache)` : ''}${report.mode === 'rev' || report.mode === 'all' ? ` in ${report.target}` : ''}`;
}

/** `--new-only` / `--changed-lines`: what the list leaves out, in one line each. */
function existingSummary(report: ReviewReport): string[] {
  const lines: string[] = [];
  const existing = report.existing;
  if (existing && existing.count > 0) {
    const where = `in ${existing.files === 1 ? 'a touched file' : 'touched files'}`;
    lines.push(existing.listed
      ? `${plural(existing.count, 'existing finding')} ${where} (marked [existing]: present before this change, not blocking)`
      : `${plural(existing.count, 'existing finding')} ${where}; \`--all-findings\` to show`);
  }
  if (report.offChangedLines) lines.push(`${plural(report.offChangedLines, 'finding')} on lines this change did not touch; drop \`--changed-lines\` to show`);
  return lines;
}

function categorySummary(findings: Finding[]): string[] {
  const byCategory = new Map<Category, Finding[]>();
  for (const finding of findings) {
    const list = byCategory.get(finding.category);
    if (list) list.push(finding);
    else byCategory.set(finding.category, [finding]);
  }
  const lines: string[] = [];
  for (const [category, list] of [...byCategory].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
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
  const stopped = staged ? 'commit blocked' : report.mode === 'pre-push' ? 'push blocked' : undefined;
  if (report.errors.length > 0 || report.ruleErrors.length > 0) {
    const failed = report.errors.length + report.ruleErrors.length;
    return `${stopped ?? 'review incomplete'}: ${plural(failed, 'file')} could not be reviewed${blocking > 0 ? ` and ${plural(blocking, 'blocking finding')}` : ''}`;
  }
  if (blocking > 0) return `${stopped ?? 'review failed'}: ${plural(blocking, 'blocking finding')}${report.existing && !report.outsideChange ? ' introduced by this change' : ''}`;
  const shown = listedFindings(report).length;
  const scope = `${report.files.scanned} ${staged ? 'staged ' : ''}${report.files.scanned === 1 ? 'file' : 'files'}${report.files.cached > 0 ? ` (${report.files.cached} from cache)` : ''}`;
  if (report.files.scanned === 0) return staged ? 'no staged Python files to review' : 'no Python files to review';
  // Never "no security defects" alone while the baseline or markers hold some: the count is part of the verdict.
  const silenced = silencedText(report);
  const inTests = testCodeText(report);
  const unlisted = inTests ? `; ${inTests} not listed` : '';
  if (shown === 0) return `no ${report.existing?.count ? 'new ' : ''}security defects detected in ${scope}${silenced ? ` besides ${silenced}` : ''}${unlisted}`;
  return `passed: no blocking findings in ${scope} (${plural(shown, 'non-blocking finding')}${unlisted})`;
}

/** A finding of test code that does not block: counted, not listed. */
function countedInTestCode(finding: Finding): boolean {
  return !finding.suppressed && !!finding.testCode && !finding.blocking;
}

/** What the compact report lists: neither silenced findings nor the non-blocking findings of test code. */
function listedFindings(report: ReviewReport): Finding[] {
  return report.findings.filter((finding) => !finding.suppressed && !countedInTestCode(finding));
}

/** `183 downgraded findings in test code`, or nothing. */
function testCodeText(report: ReviewReport): string | undefined {
  const count = report.findings.filter(countedInTestCode).length;
  return count > 0 ? `${plural(count, 'downgraded finding')} in test code` : undefined;
}

/** `9 baselined findings and 2 suppressed by markers`: the findings the baseline and suppression markers silence. */
function silencedText(report: ReviewReport): string | undefined {
  const silenced = report.findings.filter((finding) => finding.suppressed);
  const baselined = silenced.filter((finding) => finding.suppressed!.kind === 'baseline').length;
  const marked = silenced.length - baselined;
  const parts = [
    baselined > 0 ? `${plural(baselined, 'baselined finding')}` : '',
    marked > 0 ? `${baselined > 0 ? marked : plural(marked, 'finding')} suppressed by markers` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' and ') : undefined;
}

function verdictLine(report: ReviewReport, options: TerminalStyle): string {
  const text = verdictText(report);
  const failed = report.verdict === 'blocked';
  return paint(options, failed ? 'red' : 'green', text);
}

const DEFAULT_COMMAND = 'git review-security';

/**
 * Notices from below name commands as `` `git review-security …` ``; where that is not a command (under the pre-commit
 * framework, whose environment alone has the binary) they name the one that works.
 */
function withCommand(notice: string, options: Pick<CompactOptions, 'command'>): string {
  const command = options.command;
  return command && command !== DEFAULT_COMMAND ? notice.replaceAll(`\`${DEFAULT_COMMAND} `, `\`${command} `) : notice;
}

function blockedAdvice(report: ReviewReport, command: string): string[] {
  const first = report.findings.find((finding) => finding.blocking);
  const rule = first?.rule ?? '<rule>';
  return [
    `  details:   ${command} explain ${rule}`,
    `  suppress:  add  # review-security: ignore[${rule}] -- <reason>  on the flagged statement`,
    `  skip once: git ${report.mode === 'pre-push' ? 'push' : 'commit'} --no-verify`,
  ];
}
