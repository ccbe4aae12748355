// `git review-security baseline [PATH...]`: review (every tracked Python file by default) and record the findings
// in the baseline file, so they stop blocking while new ones still do. See src/policy/baseline.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadConfig } from '../config/load.js';
import { resolveSettings } from '../config/settings.js';
import { reviewFiles } from '../engine/review-files.js';
import { UserFacingError } from '../errors.js';
import { locateProject, type ProjectLocation } from '../git/repo.js';
import { baselineText, BaselineError, DEFAULT_BASELINE_FILE, openBaseline, type BaselineEntry } from '../policy/baseline.js';
import { openCache } from './pipeline.js';
import { buildReport } from './report.js';
import { configScope, type ReviewRequest, type RunContext } from './request.js';
import { scopeSelection, selectFiles } from './selection.js';

interface RecordedBaseline {
  /** Absolute path of the file written. */
  file: string;
  /** Findings recorded from this review, and the files they are in. */
  recorded: number;
  files: number;
  /** Files reviewed. */
  scanned: number;
  /** Entries kept from the previous baseline for files this review did not cover, and entries it replaced. */
  kept: number;
  dropped: number;
}

/**
 * `everything`: the request is the whole repository (--all), and the file is written anew; otherwise a baseline of
 * some paths keeps what the previous one recorded for the others.
 */
export async function recordBaseline(request: ReviewRequest, everything: boolean, where: RunContext, location: ProjectLocation = locateProject(where.cwd, where.env)): Promise<RecordedBaseline> {
  const loaded = await loadConfig({ ...request.config, ...configScope(request.mode) }, location, where.env);
  const settings = resolveSettings(request.settings, loaded.config);
  const selection = await selectFiles(request, where, location);
  scopeSelection(selection, settings, loaded, where, location);
  const cache = await openCache(settings, selection, location, where.env);
  const reviews = await reviewFiles(selection.jobs, { rules: settings.rules, cache, maxFileBytes: settings.maxFileBytes });
  const report = buildReport(selection, reviews, settings);
  if (report.errors.length > 0 || report.ruleErrors.length > 0) {
    const first = report.errors[0] ?? { path: report.ruleErrors[0].path, message: `rule ${report.ruleErrors[0].rule} failed` };
    throw new UserFacingError(`baseline not written: ${report.errors.length + report.ruleErrors.length} file(s) could not be reviewed (${first.path}: ${first.message})`);
  }

  const file = settings.baseline ? resolve(where.cwd, settings.baseline) : resolve(loaded.projectRoot, DEFAULT_BASELINE_FILE);
  const projectPath = selection.projectPath ?? ((path: string) => path);
  let kept: BaselineEntry[] = [];
  let dropped = 0;
  if (!everything) {
    try {
      const previous = openBaseline({ configured: file, cwd: where.cwd, projectRoot: loaded.projectRoot });
      const reviewed = new Set(reviews.map((review) => projectPath(review.path)));
      kept = previous?.entries.filter((entry) => !reviewed.has(entry.path)) ?? [];
      dropped = (previous?.entries.length ?? 0) - kept.length;
    } catch (error) {
      if (!(error instanceof BaselineError)) throw error; // an unreadable old baseline is simply replaced
    }
  }
  const recorded = report.findings.filter((finding) => !finding.suppressed);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, baselineText(recorded, projectPath, kept));
  return { file, recorded: recorded.length, files: new Set(recorded.map((finding) => finding.path)).size, scanned: report.files.scanned, kept: kept.length, dropped };
}
