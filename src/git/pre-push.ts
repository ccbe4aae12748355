// `--pre-push`: what a push publishes. git runs the pre-push hook with `<remote name> <url>` as arguments and one line
// per pushed ref on stdin: `<local ref> <local sha> <remote ref> <remote sha>`. Each range is reviewed as its NET
// change (the base's blob against the tip's blob, per file), so a finding added by one pushed commit and removed by
// the next never blocks; `--new-only` semantics then block only what the push introduces.
//   remote sha all zeros (new branch): base = merge-base with `refs/remotes/<remote>/HEAD`, else the parent of the
//     oldest pushed commit that no remote-tracking branch has (a push to an empty remote: every file is new)
//   local sha all zeros (deletion): nothing to review
import { readFileSync } from 'node:fs';
import type { FileJob } from '../engine/review-files.js';
import { UsageError } from '../errors.js';
import { BlobStore } from './blobs.js';
import { tryGitText, type GitContext } from './command.js';
import type { ChangeSet } from './diff-base.js';
import { isRegularFile } from './entries.js';
import { cacheDirFor, type ProjectLocation } from './repo.js';
import { emptyTree, pythonJobs, rangeEntries, type GitSelection } from './select.js';

interface PushedRef {
  localRef: string;
  localSha: string;
  remoteRef: string;
  remoteSha: string;
}

const ZERO = /^0+$/;

/** The lines git writes to a pre-push hook's stdin; malformed lines are a usage error (someone ran it by hand). */
function parsePushedRefs(text: string): PushedRef[] {
  const refs: PushedRef[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const fields = line.trim().split(/\s+/);
    if (fields.length !== 4 || !/^[0-9a-f]{40,64}$/.test(fields[1]) || !/^[0-9a-f]{40,64}$/.test(fields[3])) {
      throw new UsageError(`--pre-push: expected '<local ref> <local sha> <remote ref> <remote sha>' lines on stdin, got '${line.slice(0, 80)}'`);
    }
    refs.push({ localRef: fields[0], localSha: fields[1], remoteRef: fields[2], remoteSha: fields[3] });
  }
  return refs;
}

/** The commit (or tree) a pushed ref's net change starts from. */
function pushBase(context: GitContext, ref: PushedRef, remote: string | undefined): string {
  const known = !ZERO.test(ref.remoteSha) && tryGitText(context, ['rev-parse', '--verify', '-q', `${ref.remoteSha}^{commit}`]);
  if (known) {
    // A fast-forward starts at the remote tip; a forced push at the last commit both sides share.
    const shared = tryGitText(context, ['merge-base', ref.remoteSha, ref.localSha]);
    if (shared) return shared;
  }
  if (remote) {
    const defaultBranch = tryGitText(context, ['rev-parse', '--verify', '-q', `refs/remotes/${remote}/HEAD^{commit}`]);
    const shared = defaultBranch && tryGitText(context, ['merge-base', defaultBranch, ref.localSha]);
    if (shared) return shared;
  }
  // The pushed commits no remote-tracking branch has; the change starts at the parent of the oldest one.
  const notOnRemote = tryGitText(context, ['rev-list', '--topo-order', '--reverse', ref.localSha, '--not', remote ? `--remotes=${remote}` : '--remotes']);
  if (notOnRemote === undefined) return ref.localSha;
  const oldest = notOnRemote.split('\n').find(Boolean);
  if (!oldest) return ref.localSha; // already on the remote under another name: nothing new
  return tryGitText(context, ['rev-parse', '--verify', '-q', `${oldest}^1^{commit}`]) ?? emptyTree(context);
}

export function prePushSelection(context: GitContext, location: ProjectLocation, positionals: readonly string[], stdin = readStdin()): GitSelection {
  const remote = positionals[0] && !positionals[0].includes('/') && !positionals[0].includes(':') ? positionals[0] : undefined;
  const store = new BlobStore(context);
  const changes: ChangeSet[] = [];
  const seen = new Set<string>();
  const jobs: FileJob[] = [];
  const pushed = parsePushedRefs(stdin).filter((ref) => !ZERO.test(ref.localSha));
  for (const ref of pushed) {
    const base = pushBase(context, ref, remote);
    if (base === ref.localSha) continue;
    const range = { base, end: ref.localSha };
    // The same file at the same blob pushed to two refs is reviewed once.
    const rangeJobs = pythonJobs(rangeEntries(context, range, []).filter(isRegularFile), store).filter((job) => {
      const key = `${job.path}\0${job.blob}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    jobs.push(...rangeJobs);
    changes.push({ context, change: { kind: 'commits', ...range }, pathspecs: [], blobs: store, jobs: rangeJobs });
  }
  return {
    mode: 'pre-push',
    target: pushed.length === 0 ? 'nothing pushed' : pushed.map((ref) => ref.localRef.replace(/^refs\/heads\//, '')).join(', '),
    jobs: jobs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    defaultCacheDir: cacheDirFor(location),
    changes,
  };
}

function readStdin(): string {
  if (process.stdin.isTTY) throw new UsageError('--pre-push reads the refs being pushed from stdin, as git gives them to a pre-push hook');
  try {
    return readFileSync(0, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EAGAIN' || (error as NodeJS.ErrnoException).code === 'EOF') return '';
    throw error;
  }
}
