// The version of each changed file that a change replaces, for `--new-only`: the blob and path the file had at the
// base of the change (HEAD for staged changes, the range's base for --rev and pre-push). Renames are detected (`-M`):
// a renamed file's previous version is the old path's blob, and an added file has none (every finding in it is
// new). The selection lists the same diff (`changeDiff`), so one git process serves both.
import { isRegularFile, type TreeEntry } from './entries.js';
import { runGit, type GitContext } from './command.js';
import type { BlobStore } from './blobs.js';
import { changedLines, type LineRanges } from './hunks.js';
import type { FileJob } from '../engine/review-files.js';

interface PreviousVersion {
  /** Repository-relative path at the base (differs from the current path after a rename). */
  path: string;
  blob: string;
}

/** Where a change starts: the index against HEAD, or a commit (or tree) against another. */
export type ChangeBase = { kind: 'index' } | { kind: 'commits'; base: string; end: string };

/**
 * Current path → its previous version, for files modified, type-changed or renamed; `added` are the files the change
 * creates (no previous version: every finding in them is new).
 */
function previousAndAdded(context: GitContext, change: ChangeBase, pathspecs: readonly string[] = [], diff = changeDiff(context, change, pathspecs)): { previous: Map<string, PreviousVersion>; added: Set<string> } {
  const previous = new Map<string, PreviousVersion>();
  const added = new Set<string>();
  for (const pair of parseRawPairs(diff)) {
    // A symlink or submodule before (type change) has no comparable findings: the file counts as new.
    if (pair.status === 'A' || !isRegularFile(pair.source)) added.add(pair.destination.path);
    else previous.set(pair.destination.path, { path: pair.source.path, blob: pair.source.blob });
  }
  return { previous, added };
}

/**
 * What a change adds, copies, modifies, renames (detected: `-M`) or type-changes, as git's raw listing: the files a
 * review of the change selects (the destination side) and, for `--new-only`, what each replaced.
 */
export function changeDiff(context: GitContext, change: ChangeBase, pathspecs: readonly string[]): Buffer {
  return runGit(context, changeDiffArgs(change, pathspecs));
}

export function changeDiffArgs(change: ChangeBase, pathspecs: readonly string[]): string[] {
  const common = ['-r', '-z', '--raw', '--no-abbrev', '-M', '--diff-filter=ACMRT', '--no-ext-diff', '--no-textconv', '--no-color'];
  return change.kind === 'index'
    ? ['diff', '--cached', ...common, '--', ...pathspecs]
    : ['diff-tree', ...common, change.base, change.end, '--', ...pathspecs];
}

interface RawPair {
  status: string;
  source: TreeEntry;
  destination: TreeEntry;
}

/** `:oldmode newmode oldsha newsha status\0path\0` (`status\0src\0dst\0` for renames and copies): both sides. */
function parseRawPairs(output: Buffer): RawPair[] {
  const fields = output.toString('utf8').split('\0');
  const pairs: RawPair[] = [];
  for (let index = 0; index < fields.length; ) {
    const header = fields[index++];
    if (!header.startsWith(':')) continue; // diff-tree prints the commit id first when given one commit
    const [oldMode, newMode, oldBlob, newBlob, status] = header.slice(1).split(' ');
    const twoPaths = status.startsWith('R') || status.startsWith('C');
    const sourcePath = fields[index++];
    const destinationPath = twoPaths ? fields[index++] : sourcePath;
    if (destinationPath === undefined) break;
    pairs.push({
      status,
      source: { path: sourcePath, mode: oldMode, blob: oldBlob },
      destination: { path: destinationPath, mode: newMode, blob: newBlob },
    });
  }
  return pairs;
}

/** One change of a selection: where it starts and which of the selection's jobs it produced. */
export interface ChangeSet {
  context: GitContext;
  change: ChangeBase;
  pathspecs: readonly string[];
  /** The selection's blob store: previous versions are read in the same `cat-file --batch` as the current ones. */
  blobs: BlobStore;
  jobs: readonly FileJob[];
  /** The change's `changeDiff`, when the selection already ran it. */
  diff?: Buffer;
}

/** What a job is compared with: its previous version (absent = a new file), and the lines the change touched. */
export interface JobBase {
  previous?: FileJob;
  /**
   * The job is in no diff of the change (`pre-commit run --all-files` or `--files` naming a file the commit leaves
   * alone): there is no change to compare with, so it is reviewed as a full review would review it.
   */
  outsideChange?: true;
  /** Undefined unless the changed-lines view asked for them; then empty when the change touched no line. */
  changedLines?: LineRanges;
}

/**
 * The previous version of every job still selected, as a FileJob to review (its path is the path it had then), and
 * the changed lines when `withLines`. Previous blobs are announced to the blob store before anything is read, so they
 * come out of the same cat-file process as the staged ones. A job in no diff at all (the pre-commit framework naming
 * an unchanged file: `pre-commit run --all-files`) has no previous version and is marked `outsideChange`: every
 * finding in it is reported and blocks, as `--all` would report it. Treating it as its own previous version said
 * "Passed" on a repository full of findings, which is not what `--all-files` is run for.
 */
export function jobBases(changes: readonly ChangeSet[], selected: readonly FileJob[], withLines: boolean): Map<FileJob, JobBase> {
  const wanted = new Set(selected);
  const bases = new Map<FileJob, JobBase>();
  for (const set of changes) {
    const jobs = set.jobs.filter((job) => wanted.has(job));
    if (jobs.length === 0) continue;
    const { previous, added } = previousAndAdded(set.context, set.change, set.pathspecs, set.diff);
    const lines = withLines ? changedLines(set.context, set.change, set.pathspecs) : undefined;
    for (const job of jobs) {
      const changed = job.comparedAs ?? job.path;
      const before = previous.get(changed);
      const base: JobBase = {};
      if (before) {
        set.blobs.want(before.blob);
        base.previous = { path: before.path, blob: before.blob, read: (maxBytes) => set.blobs.read(before.blob, maxBytes) };
      } else if (!added.has(changed)) {
        base.outsideChange = true;
      }
      if (lines && !base.outsideChange) base.changedLines = lines.get(changed) ?? [];
      bases.set(job, base);
    }
  }
  return bases;
}
