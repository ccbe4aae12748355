// `--stats`: what the review cost, for stderr. The per-rule table follows ESLint's TIMING output.
import type { ReviewReport } from './model.js';

interface ReviewStats {
  /** Wall time of each phase, in milliseconds. */
  phases: { select: number; review: number; report: number };
  /** Milliseconds spent in each rule's handlers (files analysed on this thread). */
  ruleTimes: Map<string, number>;
}

const TOP_RULES = 10;

export function renderStats(report: ReviewReport, stats: ReviewStats): string {
  const { scanned, cached, errors } = report.files;
  const total = stats.phases.select + stats.phases.review + stats.phases.report;
  const lines = [
    `stats: ${scanned} ${scanned === 1 ? 'file' : 'files'} reviewed, ${cached} from cache, ${scanned - cached} analysed, ${errors} not reviewable; ${report.rules.length} rules`,
    `stats: ${seconds(total)} total (select ${seconds(stats.phases.select)}, review ${seconds(stats.phases.review)}, report ${seconds(stats.phases.report)})`,
  ];
  const times = [...stats.ruleTimes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  if (times.length === 0) {
    if (scanned - cached > 0) lines.push('stats: per-rule time not measured (files were analysed in worker threads)');
    return `${lines.join('\n')}\n`;
  }
  const ruleTotal = times.reduce((sum, [, time]) => sum + time, 0);
  const shown = times.slice(0, TOP_RULES);
  const width = Math.max(4, ...shown.map(([rule]) => rule.length));
  lines.push('', `${'Rule'.padEnd(width)} | Time (ms) | Relative`, `${':'.padEnd(width, '-')}-|----------:|--------:`);
  for (const [rule, time] of shown) {
    lines.push(`${rule.padEnd(width)} | ${time.toFixed(3).padStart(9)} | ${`${ruleTotal > 0 ? ((time / ruleTotal) * 100).toFixed(1) : '0.0'}%`.padStart(8)}`);
  }
  if (times.length > shown.length) lines.push(`(${times.length - shown.length} more rules, ${(ruleTotal - shown.reduce((sum, [, time]) => sum + time, 0)).toFixed(3)} ms)`);
  return `${lines.join('\n')}\n`;
}

function seconds(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}
