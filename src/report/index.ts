// Format name → renderer. Renderers are pure: report in, string out. Loaded lazily so the hook loads only compact.
import type { ReviewReport } from './model.js';
import type { TerminalStyle } from './terminal.js';

export const FORMATS = ['compact', 'json', 'sarif', 'github', 'markdown'] as const;
export type FormatName = (typeof FORMATS)[number];

export interface RenderOptions extends TerminalStyle {
  showSource: boolean;
  quiet: boolean;
}

export async function render(format: FormatName, report: ReviewReport, options: RenderOptions): Promise<string> {
  switch (format) {
    case 'compact':
      return (await import('./compact.js')).renderCompact(report, options);
    case 'json':
      return (await import('./json.js')).renderJson(report);
    default:
      throw new Error(`format ${format} is not available yet`);
  }
}
