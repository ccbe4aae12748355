// Format name → renderer. Renderers are pure: report in, string out. Loaded lazily so the hook loads only compact.
import type { ReviewReport } from './model.js';
import type { TerminalStyle } from './terminal.js';

export const FORMATS = ['compact', 'json', 'sarif', 'github', 'gitlab', 'markdown'] as const;
export type FormatName = (typeof FORMATS)[number];

interface RenderOptions extends TerminalStyle {
  showSource: boolean;
  quiet: boolean;
  /**
   * A hook's default: a passing review with nothing to note prints nothing (a notice, a finding or an error is printed
   * as without it). Unlike `quiet`, which also drops notices and summary lines.
   */
  silentPass?: boolean;
  /** How hints name this tool, where the user would type it (`git review-security`, or the pre-commit env's binary). */
  command?: string;
  /** Terminal width when stdout is a TTY (compact cuts long lines to it). */
  columns?: number;
}

export async function render(format: FormatName, report: ReviewReport, options: RenderOptions): Promise<string> {
  switch (format) {
    case 'compact':
      return (await import('./compact.js')).renderCompact(report, options);
    case 'json':
      return (await import('./json.js')).renderJson(report);
    case 'sarif':
      return (await import('./sarif.js')).renderSarif(report);
    case 'github':
      return (await import('./github.js')).renderGithub(report);
    case 'gitlab':
      return (await import('./gitlab.js')).renderGitlab(report);
    case 'markdown':
      return (await import('./markdown.js')).renderMarkdown(report);
  }
}
