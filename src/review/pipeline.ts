// The review, from a typed request to the report: locate the project, read the config, select the files, review
// them (cache first; src/engine/review-files.ts), apply the policy, build the report. Rendering, output streams and
// the exit code are the CLI's (src/cli/commands/review.ts).
import { resolve } from 'node:path';
import { loadConfig, type LoadedConfig } from '../config/load.js';
import { resolveSettings, type OutputTarget, type Settings } from '../config/settings.js';
import { readStaged } from '../config/staged-source.js';
import { reviewFiles, type FileJob, type FileReview, type ResultCache } from '../engine/review-files.js';
import { collectRuleTimes } from '../engine/walk.js';
import { InputOutputError, UsageError, UserFacingError } from '../errors.js';
import { cacheDirProblem, locateProject, type ProjectLocation } from '../git/repo.js';
import { BaselineError, openBaseline, type Baseline } from '../policy/baseline.js';
import { newOnlyApplies, NewOnlyError } from '../policy/new-only.js';
import type { ReviewReport } from '../report/model.js';
import { buildReport, type Comparison } from './report.js';
import { configScope, readsIndex, type ReviewRequest, type RunContext } from './request.js';
import { configName, keepShard, scopeSelection, selectFiles, type Selection } from './selection.js';
import { SYNTAX_ERROR_RULE } from '../engine/analyse.js';

/** Told how many files are about to be reviewed; returns what hears of each one (the CLI's progress spinner). */
interface ReviewObserver {
  reviewStarting(files: number): FileProgress;
}

interface FileProgress {
  /** After each file; a returned promise is awaited before the next file (the spinner draws then). */
  fileReviewed(cached: boolean): Promise<void> | undefined;
  /** The review is over (or failed). */
  stop(): void;
}

interface ReviewOutcome {
  report: ReviewReport;
  /** Where each rendered format goes. */
  outputs: OutputTarget[];
  /** A hook prints its verdict on a pass too (--verbose, config `verbose`). */
  verbose: boolean;
  /** `performance.now()` at the start, once the files were selected, and once they were reviewed. */
  times: { started: number; selected: number; reviewed: number };
  /** `--stats`: milliseconds in each rule's handlers. */
  ruleTimes?: Map<string, number>;
}

const NO_PROGRESS: FileProgress = { fileReviewed: () => undefined, stop: () => undefined };

export async function runReview(request: ReviewRequest, where: RunContext, observer?: ReviewObserver): Promise<ReviewOutcome> {
  const started = performance.now();
  const stagedDiff = request.mode === 'staged' ? (await import('../git/select.js')).startStagedDiff(request.paths, where) : undefined;
  const location = locateProject(where.cwd, where.env);
  const loaded = await loadConfig({ ...request.config, ...configScope(request.mode) }, location, where.env);
  const settings = resolveSettings(request.settings, loaded.config);
  const selection = await selectFiles(request, where, location, stagedDiff);
  selection.notices.unshift(...loaded.notices);
  if (settings.rules.every(({ rule }) => rule.id === SYNTAX_ERROR_RULE)) {
    selection.notices.push(`no security rule is enabled (${configName(loaded)}): only syntax is checked, so a pass here means nothing`);
  }
  scopeSelection(selection, settings, loaded, where, location);
  const baseline = loadBaseline(settings, loaded, request, where, location);
  if (request.shard !== undefined) await keepShard(selection, request.shard);
  const cache = await openCache(settings, selection, location, where.env);
  const selected = performance.now();
  const ruleTimes = request.stats === true ? collectRuleTimes() : undefined;
  const comparison = await planComparison(selection, settings, request);
  const selectedIndex = new Map(selection.jobs.map((job, index) => [job, index]));
  // A renamed or modified file's previous version is reviewed in the same pass (a job may be its own: reviewed once).
  const previousJobs = comparison ? [...new Set(comparison.bases.map((base) => base.previous).filter((job): job is FileJob => !!job && !selectedIndex.has(job)))] : [];
  const progress = observer?.reviewStarting(selection.jobs.length + previousJobs.length) ?? NO_PROGRESS;
  let reviews: FileReview[];
  try {
    // Previous versions are reviewed in the same pass (cache first, same cat-file batch, same worker pool).
    reviews = await reviewFiles([...selection.jobs, ...previousJobs], {
      rules: settings.rules,
      cache,
      maxFileBytes: settings.maxFileBytes,
      timeLimitMs: settings.maxFileSeconds * 1000,
      jobs: request.jobs,
      onFileReviewed: (review) => progress.fileReviewed(review.cached),
    });
  } finally {
    progress.stop();
  }
  const reviewed = performance.now();
  if (comparison) {
    const reviewOf = new Map([...selection.jobs, ...previousJobs].map((job, index) => [job, reviews[index]]));
    for (const base of comparison.bases) base.previousReview = base.previous && reviewOf.get(base.previous);
    reviews = reviews.slice(0, selection.jobs.length);
  }
  const report = buildReport(selection, reviews, settings, baseline, comparison);
  return { report, outputs: settings.outputs, verbose: settings.verbose, times: { started, selected, reviewed }, ruleTimes };
}

/** --new-only (default on when reviewing a change) and --changed-lines: each selected job's previous version and changed lines. */
async function planComparison(selection: Selection, settings: Settings, request: ReviewRequest): Promise<Comparison | undefined> {
  let newOnly: boolean;
  try {
    newOnly = newOnlyApplies(selection.mode, request.settings.newOnly, settings.newOnly);
  } catch (error) {
    if (error instanceof NewOnlyError) throw new UsageError(error.message);
    throw error;
  }
  const changedLinesView = request.changedLines === true;
  if (changedLinesView && !selection.changes) throw new UsageError('--changed-lines needs a change: use it with staged changes, --rev, --pre-commit or --pre-push');
  if ((!newOnly && !changedLinesView) || !selection.changes) return undefined;
  const { jobBases } = await import('../git/diff-base.js');
  const bases = jobBases(selection.changes, selection.jobs, changedLinesView);
  return {
    newOnly,
    listExisting: request.allFindings === true,
    changedLinesView,
    bases: selection.jobs.map((job) => {
      const base = bases.get(job) ?? {};
      return newOnly ? { ...base } : { changedLines: base.changedLines, outsideChange: base.outsideChange };
    }),
  };
}

/** The baseline file (--baseline, the config's, or none), read from the index when the review reads staged content. */
function loadBaseline(settings: Settings, loaded: LoadedConfig, request: Pick<ReviewRequest, 'mode'>, where: RunContext, location: ProjectLocation): Baseline | undefined {
  const staged = readsIndex(request.mode) && location.root !== undefined;
  try {
    return openBaseline({
      configured: settings.baseline,
      cwd: where.cwd,
      projectRoot: loaded.projectRoot,
      readStaged: staged ? (path) => readStaged(location.root!, path, where.env) : undefined,
    });
  } catch (error) {
    if (error instanceof BaselineError) throw new UserFacingError(`baseline ${error.message}`);
    throw error;
  }
}

/** The blob cache, once its directory is known to be one it may use (src/cache/blob-cache.ts, src/git/repo.ts). */
export async function openCache(settings: Settings, selection: Selection, location: ProjectLocation, env: NodeJS.ProcessEnv): Promise<ResultCache | undefined> {
  if (!settings.cache.enabled) return undefined;
  const dir = settings.cache.dir ?? selection.defaultCacheDir;
  if (!dir) return undefined;
  const { BlobCache, cacheRootProblem } = await import('../cache/blob-cache.js');
  const problem = cacheRootProblem(dir) ?? cacheDirProblem(location, dir, env);
  if (problem) throw new InputOutputError(`cache dir ${problem}`);
  return new BlobCache(resolve(dir), settings.rulesetFingerprint);
}
