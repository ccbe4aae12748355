// Git modes: which Python files a review covers and where their bytes come from.
//   staged (default)  the index blobs of files added/copied/modified/renamed/type-changed vs HEAD (or no HEAD yet)
//   --all             every regular Python file in the index
//   --rev A..B        the files the range changed, read at B (`B` alone: vs its first parent; `A...B`: vs merge-base)
//   --pre-commit      the files the pre-commit framework names, read from the index
// Contents never come from the worktree (except a named file git does not track, in --pre-commit).
import { closeSync, constants, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { readFileWithin } from '../files/bounded-read.js';
import { basename, relative, resolve, sep } from 'node:path';
import type { FileJob } from '../engine/review-files.js';
import { GitError, UsageError, UserFacingError } from '../errors.js';
import { hasPythonExtension, hasPythonShebang } from '../files/python-files.js';
import { BlobStore } from './blobs.js';
import { gitContext, runGit, startGit, tryGitText, type GitContext, type StartedGit } from './command.js';
import { isRegularFile, parseRawDiff, parseStagedListing, type TreeEntry } from './entries.js';
import { cacheDirFor, type ProjectLocation } from './repo.js';
import { changeDiff, changeDiffArgs, type ChangeBase, type ChangeSet } from './diff-base.js';
import { resolveLinks, SYMLINK_MODE, treeLookup } from './symlinks.js';

/** Only what a commit adds or changes; deletions have nothing to review. */
const CHANGED = '--diff-filter=ACMRT';

/** The modes whose files come from git (src/review/request.ts decides which one a run is in). */
type GitMode = 'staged' | 'all' | 'rev' | 'pre-commit' | 'pre-push';

interface GitRequest {
  mode: GitMode;
  /** Pathspecs that limit staged, --all and --rev; the files --pre-commit names; git's remote name and URL for --pre-push. */
  pathspecs: readonly string[];
  /** `--rev`: the revision range. */
  range?: string;
}

/** Where the command runs: git is started there, with this environment (a hook's GIT_INDEX_FILE, GIT_DIR). */
interface GitWhere {
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** The files of a git mode and where their bytes come from. */
export interface GitSelection {
  mode: GitMode;
  /** What was reviewed, for people: `staged changes`, `origin/main...HEAD`. */
  target: string;
  jobs: FileJob[];
  /** Where the blob cache lives when none is configured: under the git common dir. */
  defaultCacheDir?: string;
  /** Modes that review a change: where it starts, for --new-only and --changed-lines (src/git/diff-base.ts). */
  changes?: ChangeSet[];
}

/**
 * A review of staged changes (the hook) starts its `git diff --cached` before anything else: the diff depends on the
 * pathspecs alone, so git computes it while the repository and the config are located. `selectGitFiles` takes it.
 */
export function startStagedDiff(pathspecs: readonly string[], where: GitWhere): StartedGit {
  return startGit(gitContext(where.cwd, where.env), changeDiffArgs({ kind: 'index' }, pathspecs));
}

export async function selectGitFiles(request: GitRequest, where: GitWhere, location: ProjectLocation, stagedDiff?: StartedGit): Promise<GitSelection> {
  if (!location.root) throw new UserFacingError(`${location.problem ?? 'not a git repository'}: give PATH... to review files`);
  const context = gitContext(where.cwd, where.env);
  const { mode, pathspecs } = request;
  let entries: TreeEntry[];
  let target: string;
  let change: ChangeBase | undefined;
  let diff: Buffer | undefined;
  switch (mode) {
    case 'all':
      entries = indexEntries(context, pathspecs.length > 0 ? pathspecs : [':(top)']);
      target = basename(location.root);
      break;
    case 'rev': {
      const range = request.range ?? '';
      change = { kind: 'commits', ...resolveRange(context, range) };
      diff = changeDiff(context, change, pathspecs);
      entries = parseRawDiff(diff);
      target = range;
      break;
    }
    case 'pre-commit':
      return preCommitSelection(context, location, location.root, pathspecs);
    case 'pre-push': {
      const { prePushSelection } = await import('./pre-push.js');
      return prePushSelection(context, location, pathspecs);
    }
    default: {
      change = { kind: 'index' };
      const diffArgs = changeDiffArgs(change, pathspecs);
      diff = stagedDiff && stagedDiff.args.join('\0') === diffArgs.join('\0') ? await stagedDiff.output : changeDiff(context, change, pathspecs);
      entries = parseRawDiff(diff);
      target = 'staged changes';
    }
  }
  const store = new BlobStore(context);
  const jobs = pythonJobs([...entries.filter(isRegularFile), ...linkedPython(context, change ?? { kind: 'index' }, entries, store)], store);
  return {
    mode,
    target,
    jobs,
    defaultCacheDir: cacheDirFor(location),
    changes: change ? [{ context, change, pathspecs, blobs: store, jobs, diff }] : undefined,
  };
}

function indexEntries(context: GitContext, pathspecs: readonly string[], literal = false): TreeEntry[] {
  const output = runGit(context, [...(literal ? ['--literal-pathspecs'] : []), 'ls-files', '-s', '-z', '--full-name', '--', ...pathspecs]);
  return parseStagedListing(output);
}

export function rangeEntries(context: GitContext, { base, end }: { base: string; end: string }, pathspecs: readonly string[]): TreeEntry[] {
  const output = runGit(context, ['diff-tree', '-r', '-z', '--no-abbrev', '--no-renames', CHANGED, base, end, '--', ...pathspecs]);
  return parseRawDiff(output);
}

/** `A..B` → (A, B); `A...B` → (merge-base, B); `B` → (B's first parent or the empty tree, B). Empty sides mean HEAD. */
function resolveRange(context: GitContext, range: string): { base: string; end: string } {
  const symmetric = range.indexOf('...');
  const twoDot = range.indexOf('..');
  if (symmetric >= 0 || twoDot >= 0) {
    const split = symmetric >= 0 ? symmetric : twoDot;
    const from = commitId(context, range.slice(0, split) || 'HEAD');
    const end = commitId(context, range.slice(split + (symmetric >= 0 ? 3 : 2)) || 'HEAD');
    if (symmetric < 0) return { base: from, end };
    const base = tryGitText(context, ['merge-base', from, end]);
    if (!base) throw new GitError(`--rev ${range}: the two sides have no common ancestor`);
    return { base, end };
  }
  const end = commitId(context, range);
  const parent = tryGitText(context, ['rev-parse', '--verify', '-q', `${end}^1^{commit}`]);
  return { base: parent ?? emptyTree(context), end };
}

function commitId(context: GitContext, revision: string): string {
  if (revision.startsWith('-')) throw new UsageError(`--rev: '${revision}' is not a revision`);
  const id = tryGitText(context, ['rev-parse', '--verify', '-q', '--end-of-options', `${revision}^{commit}`]);
  if (!id) throw new UsageError(`--rev: unknown revision '${revision}'`);
  return id;
}

export function emptyTree(context: GitContext): string {
  // Computed, not hard-coded: SHA-256 repositories have another empty-tree id.
  return runGit(context, ['hash-object', '-t', 'tree', '--stdin'], '').toString('utf8').trim();
}

/**
 * Python files that are symlinks, as entries of their targets' blobs under the links' paths (src/git/symlinks.ts): the
 * selected links, and, for staged changes, the unchanged links whose target this change modifies (`comparedAs`).
 */
function linkedPython(context: GitContext, change: ChangeBase, entries: readonly TreeEntry[], store: BlobStore): (TreeEntry & { comparedAs?: string })[] {
  const lookup = treeLookup(context, change);
  const links = entries.filter((entry) => entry.mode === SYMLINK_MODE && hasPythonExtension(entry.path));
  const linked: (TreeEntry & { comparedAs?: string })[] = resolveLinks(links, store, lookup).map(({ entry }) => entry);
  const changedOthers = new Set(entries.filter((entry) => isRegularFile(entry) && !hasPythonExtension(entry.path)).map((entry) => entry.path));
  if (change.kind !== 'index' || changedOthers.size === 0) return linked;
  const selected = new Set(entries.map((entry) => entry.path));
  const indexLinks = parseStagedListing(runGit(context, ['ls-files', '-s', '-z', '--full-name', '--', ':(top,glob)**/*.py', ':(top,glob)**/*.pyw']))
    .filter((entry) => entry.mode === SYMLINK_MODE && !selected.has(entry.path));
  for (const { entry, target } of resolveLinks(indexLinks, store, lookup)) {
    if (changedOthers.has(target)) linked.push({ ...entry, comparedAs: target });
  }
  return linked;
}

/** Python = a Python extension, or an extension-less file whose first line is a python shebang (needs the blob). */
export function pythonJobs(entries: readonly (TreeEntry & { comparedAs?: string })[], store: BlobStore): FileJob[] {
  const needsShebang = entries.filter((entry) => !hasPythonExtension(entry.path) && !basename(entry.path).includes('.'));
  if (needsShebang.length > 0) store.preload(needsShebang.map((entry) => entry.blob));
  const jobs: FileJob[] = [];
  for (const entry of entries) {
    if (!hasPythonExtension(entry.path)) {
      const head = store.peek(entry.blob);
      if (!head || !hasPythonShebang(head.subarray(0, 256))) continue;
    }
    store.want(entry.blob);
    const job: FileJob = { path: entry.path, blob: entry.blob, read: (maxBytes) => store.read(entry.blob, maxBytes) };
    if (entry.comparedAs) job.comparedAs = entry.comparedAs;
    jobs.push(job);
  }
  return jobs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** pre-commit sets PRE_COMMIT_FROM_REF/TO_REF when it checks `from...to` (as its file list does), else the index. */
function preCommitChange(context: GitContext): ChangeBase {
  const from = context.env.PRE_COMMIT_FROM_REF;
  const to = context.env.PRE_COMMIT_TO_REF;
  if (!from || !to) return { kind: 'index' };
  try {
    return { kind: 'commits', ...resolveRange(context, `${from}...${to}`) };
  } catch {
    return { kind: 'commits', ...resolveRange(context, `${from}..${to}`) }; // no merge-base: as pre-commit falls back
  }
}

/**
 * The pre-commit framework passes the files to check (relative to the top level, where it runs hooks). Their staged
 * blobs are reviewed; a named file the index does not have (`pre-commit run --files new.py`) is read from disk.
 */
function preCommitSelection(context: GitContext, location: ProjectLocation, root: string, names: readonly string[]): GitSelection {
  const store = new BlobStore(context);
  const inIndex = names.length > 0 ? indexEntries(context, names, true) : [];
  const indexed = new Set(inIndex.map((entry) => entry.path));
  const jobs = pythonJobs([...inIndex.filter(isRegularFile), ...linkedPython(context, { kind: 'index' }, inIndex.filter((entry) => entry.mode === SYMLINK_MODE), store)], store);
  const indexedJobs = [...jobs];
  for (const name of names) {
    const absolute = resolve(context.cwd, name);
    const path = relative(root, absolute).split(sep).join('/');
    if (indexed.has(path)) continue;
    if (!existsSync(absolute)) continue; // deleted since pre-commit listed it: nothing to commit
    if (!hasPythonExtension(path) && !hasPythonShebang(readHead(absolute))) continue;
    // Read when reviewed, within the size limit (src/files/bounded-read.ts); a FIFO or device is an unreadable file.
    jobs.push({ path, read: (maxBytes) => readFileWithin(absolute, maxBytes) });
  }
  return {
    mode: 'pre-commit',
    target: 'files named by pre-commit',
    jobs: jobs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    defaultCacheDir: cacheDirFor(location),
    // Compared with HEAD (the index is what pre-commit checks), or with the refs `pre-commit run --from-ref/--to-ref`
    // and its pre-push stage compare; a named file the change leaves alone has nothing new.
    changes: [{ context, change: preCommitChange(context), pathspecs: [], blobs: store, jobs: indexedJobs }],
  };
}

/** The first bytes of a regular file (for its shebang), without blocking on a FIFO; empty when unreadable. */
function readHead(absolute: string): Buffer {
  let fd: number | undefined;
  try {
    fd = openSync(absolute, constants.O_RDONLY | constants.O_NONBLOCK);
    if (!fstatSync(fd).isFile()) return Buffer.alloc(0);
    const head = Buffer.alloc(256);
    return head.subarray(0, readSync(fd, head, 0, head.length, 0));
  } catch {
    return Buffer.alloc(0);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
