// The review command: select files, analyse (cache first), apply policy, render, decide the exit code.
import { writeFileSync } from 'node:fs';
import { readFileWithin } from '../../files/bounded-read.js';
import { resolve } from 'node:path';
import type { ParsedArgs } from '../args.js';
import { UsageError } from '../args.js';
import type { Io } from '../io.js';
import { resolveSettings, type Settings } from '../../config/settings.js';
import { reviewFiles, type FileJob, type FileReview, type ResultCache } from '../../engine/review-files.js';
import { applyPolicy } from '../../policy/apply.js';
import type { Finding } from '../../policy/finding.js';
import { render } from '../../report/index.js';
import { useColor } from '../../report/terminal.js';
import { collectRuleTimes } from '../../engine/walk.js';
import { startProgress } from '../progress.js';
import type { ReviewMode, ReviewReport } from '../../report/model.js';
import { TOOL_NAME, TOOL_VERSION } from '../../version.js';
import { expandPaths, PathError } from '../../files/walk-paths.js';
import { locateProject, type ProjectLocation } from '../../git/repo.js';
import { isStagedMode, loadConfig, type LoadedConfig } from '../../config/load.js';
import { pathFilter, projectPathMapper } from '../../files/path-filter.js';
import { applyBaseline, BaselineError, openBaseline, type Baseline } from '../../policy/baseline.js';
import { readStaged } from '../../config/staged-source.js';
import { UserFacingError } from '../main.js';
import type { ChangeSet, JobBase } from '../../git/diff-base.js';
import type { StartedGit } from '../../git/command.js';
import { markExisting, newOnlyApplies, NewOnlyError } from '../../policy/new-only.js';
import { touchesChangedLine } from '../../git/hunks.js';

export interface Selection {
  mode: ReviewMode;
  target: string;
  jobs: FileJob[];
  /** Where the blob cache lives when none is configured (git common dir), if any. */
  defaultCacheDir?: string;
  notices: string[];
  /** Display path → path relative to the project root (globs, overrides, fingerprints, baseline). */
  projectPath?: (path: string) => string;
  /** Git modes that review a change: where it starts, for --new-only and --changed-lines (src/git/diff-base.ts). */
  changes?: ChangeSet[];
}

/** Per reviewed file (in review order): what it is compared with under --new-only / --changed-lines. */
export interface Comparison {
  newOnly: boolean;
  /** `--all-findings`: list existing findings one by one instead of one summary line. */
  listExisting: boolean;
  changedLinesView: boolean;
  bases: (JobBase & { previousReview?: FileReview })[];
}

export async function runReview(args: ParsedArgs, io: Io): Promise<number> {
  const started = performance.now();
  const stagedDiff = isStagedMode(args) ? (await import('../../git/select.js')).startStagedDiff(args, io) : undefined;
  const location = locateProject(io.cwd, io.env);
  const loaded = await loadConfig(args, location, io.env);
  const settings = resolveSettings(args, loaded.config);
  const selection = await selectFiles(args, io, location, stagedDiff);
  selection.notices.unshift(...loaded.notices);
  scopeSelection(selection, settings, loaded, io, location);
  const baseline = loadBaseline(settings, loaded, args, io, location);
  const shardSpec = args.options.get('shard') as string | undefined;
  if (shardSpec !== undefined) await keepShard(selection, shardSpec);
  const cache = await openCache(settings, selection);
  const selected = performance.now();
  const ruleTimes = args.options.get('stats') === true ? collectRuleTimes() : undefined;
  const comparison = await planComparison(selection, settings, args);
  const selectedIndex = new Map(selection.jobs.map((job, index) => [job, index]));
  // A file the change leaves alone is its own previous version: reviewed once.
  const previousJobs = comparison ? [...new Set(comparison.bases.map((base) => base.previous).filter((job): job is FileJob => !!job && !selectedIndex.has(job)))] : [];
  const progress = startProgress(io, selection.jobs.length + previousJobs.length, { progress: args.options.get('progress') as boolean | undefined, quiet: args.options.get('quiet') === true });
  let reviews: FileReview[];
  try {
    // Previous versions are reviewed in the same pass (cache first, same cat-file batch, same worker pool).
    reviews = await reviewFiles([...selection.jobs, ...previousJobs], {
      rules: settings.rules,
      cache,
      maxFileBytes: settings.maxFileBytes,
      timeLimitMs: settings.maxFileSeconds * 1000,
      jobs: jobsOption(args.options.get('jobs') as string | undefined),
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
  await writeOutputs(report, settings, args, io);
  if (ruleTimes) {
    const phases = { select: selected - started, review: reviewed - selected, report: performance.now() - reviewed };
    io.stderr.write((await import('../../report/stats.js')).renderStats(report, { phases, ruleTimes }));
  }
  if (report.errors.length > 0 || report.ruleErrors.length > 0) return 2;
  return report.verdict === 'blocked' ? 1 : 0;
}

/** --new-only (default on when reviewing a change) and --changed-lines: each selected job's previous version and changed lines. */
async function planComparison(selection: Selection, settings: Settings, args: ParsedArgs): Promise<Comparison | undefined> {
  let newOnly: boolean;
  try {
    newOnly = newOnlyApplies(selection.mode, args.options.get('new-only') as boolean | undefined, settings.newOnly);
  } catch (error) {
    if (error instanceof NewOnlyError) throw new UsageError(error.message);
    throw error;
  }
  const changedLinesView = args.options.get('changed-lines') === true;
  if (changedLinesView && !selection.changes) throw new UsageError('--changed-lines needs a change: use it with staged changes, --rev, --pre-commit or --pre-push');
  if ((!newOnly && !changedLinesView) || !selection.changes) return undefined;
  const { jobBases } = await import('../../git/diff-base.js');
  const bases = jobBases(selection.changes, selection.jobs, changedLinesView);
  return {
    newOnly,
    listExisting: args.options.get('all-findings') === true,
    changedLinesView,
    bases: selection.jobs.map((job) => {
      const base = bases.get(job) ?? {};
      return newOnly ? { ...base } : { changedLines: base.changedLines };
    }),
  };
}

/** `--shard I/N`: keep only this shard's files (src/files/shard.ts), and say so. */
async function keepShard(selection: Selection, spec: string): Promise<void> {
  const { parseShard, inShard, ShardError } = await import('../../files/shard.js');
  let shard;
  try {
    shard = parseShard(spec);
  } catch (error) {
    if (error instanceof ShardError) throw new UsageError(error.message);
    throw error;
  }
  const before = selection.jobs.length;
  selection.jobs = selection.jobs.filter((job) => inShard(job.path, shard));
  selection.notices.push(`shard ${shard.index}/${shard.count}: ${selection.jobs.length} of ${before} files`);
}

function jobsOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs ${value}: expected a whole number ≥ 1`);
  return jobs;
}

/** include/exclude, once for every mode, on paths relative to the project root (src/files/path-filter.ts). */
export function scopeSelection(selection: Selection, settings: Settings, loaded: LoadedConfig, io: Io, location: ProjectLocation): void {
  const base = selection.mode === 'paths' ? io.cwd : location.root ?? io.cwd;
  const projectPath = projectPathMapper(base, loaded.projectRoot);
  selection.projectPath = projectPath;
  if (settings.include.length === 0 && settings.exclude.length === 0) return;
  const filter = pathFilter(settings.include, settings.exclude);
  selection.jobs = selection.jobs.filter((job) => filter.accepts(projectPath(job.path)));
}

export function loadBaseline(settings: Settings, loaded: LoadedConfig, args: ParsedArgs, io: Io, location: ProjectLocation): Baseline | undefined {
  const staged = isStagedMode(args) && location.root !== undefined;
  try {
    return openBaseline({
      configured: settings.baseline,
      cwd: io.cwd,
      projectRoot: loaded.projectRoot,
      readStaged: staged ? (path) => readStaged(location.root!, path, io.env) : undefined,
    });
  } catch (error) {
    if (error instanceof BaselineError) throw new UserFacingError(`baseline ${error.message}`);
    throw error;
  }
}

export async function selectFiles(args: ParsedArgs, io: Io, location: ProjectLocation, stagedDiff?: StartedGit): Promise<Selection> {
  const gitMode = args.options.get('all') || args.options.get('rev') || args.options.get('staged') || args.options.get('pre-commit') || args.options.get('pre-push') || args.positionals.length === 0;
  if (gitMode) {
    const { selectGitFiles } = await import('../../git/select.js');
    return selectGitFiles(args, io, location, stagedDiff);
  }
  try {
    const files = expandPaths(args.positionals, io.cwd, args.options.get('follow-symlinks') === true);
    return {
      mode: 'paths',
      target: args.positionals.join(' '),
      // Synchronous reads: one promise read per file left the thread idle for half of a warm (all cached) review.
      jobs: files.map((file) => ({ path: file.path, read: (maxBytes: number) => readFileWithin(file.absolute, maxBytes) })),
      defaultCacheDir: location.commonDir ? `${location.commonDir}/review-security` : undefined,
      notices: [],
    };
  } catch (error) {
    if (error instanceof PathError) throw new UsageError(error.message);
    throw error;
  }
}

export async function openCache(settings: Settings, selection: Selection): Promise<ResultCache | undefined> {
  if (!settings.cache.enabled) return undefined;
  const dir = settings.cache.dir ?? selection.defaultCacheDir;
  if (!dir) return undefined;
  const { BlobCache } = await import('../../cache/blob-cache.js');
  return new BlobCache(resolve(dir), settings.rulesetFingerprint);
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
      // A view: findings off the changed lines are hidden unless they block (a change can make an old line exploitable).
      const kept = outcome.findings.filter((finding) => finding.blocking || touchesChangedLine(base.changedLines, finding.line, finding.endLine));
      offChangedLines += outcome.findings.length - kept.length;
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
    const { stale } = applyBaseline(findings, baseline, reviewed);
    if (stale.length > 0) {
      report.notices.push(`baseline: ${stale.length} recorded ${stale.length === 1 ? 'finding is' : 'findings are'} gone (fixed or changed): ${[...new Set(stale.map((entry) => entry.path))].slice(0, 5).join(', ')}; refresh with \`git review-security baseline\``);
    }
  }
  if (comparison?.newOnly) {
    const existing = findings.filter((finding) => finding.existing && !finding.suppressed).length;
    report.existing = { count: existing, files: existingFiles.size, listed: comparison.listExisting };
    // Suppressed ones stay: reports count them as silenced, as without --new-only.
    if (!comparison.listExisting) report.findings = findings.filter((finding) => !finding.existing || finding.suppressed);
  }
  if (comparison?.changedLinesView) report.offChangedLines = offChangedLines;
  const blocked = findings.some((finding) => finding.blocking) || report.errors.length > 0 || report.ruleErrors.length > 0;
  report.verdict = blocked ? 'blocked' : 'passed';
  return report;
}

async function writeOutputs(report: ReviewReport, settings: Settings, args: ParsedArgs, io: Io): Promise<void> {
  for (const target of settings.outputs) {
    const toTerminal = !target.file && io.stdout.isTTY === true;
    const showSourceFlag = args.options.get('show-source');
    const text = await render(target.format, report, {
      color: !target.file && useColor(args.options.get('color') as boolean | undefined, toTerminal, io.env),
      showSource: showSourceFlag === undefined ? toTerminal : showSourceFlag === true,
      quiet: args.options.get('quiet') === true,
      columns: toTerminal && io.stdout.columns ? io.stdout.columns : undefined,
    });
    if (target.file) writeFileSync(resolve(io.cwd, target.file), text);
    else io.stdout.write(text);
  }
}
