// Running git: a child process with the inherited environment, so the GIT_INDEX_FILE / GIT_DIR a hook receives
// are honoured (simple-git would strip them). Every call runs in the directory the command started in.
import { spawn, spawnSync } from 'node:child_process';
import { isAbsolute, resolve } from 'node:path';
import { GitError } from '../errors.js';

/** Variables git may give a hook as paths relative to the hook's working directory. */
const PATH_VARIABLES = ['GIT_INDEX_FILE', 'GIT_DIR', 'GIT_WORK_TREE', 'GIT_COMMON_DIR', 'GIT_OBJECT_DIRECTORY'];

export interface GitContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** Resolves the relative paths git hands a hook (`GIT_INDEX_FILE=.git/index` on a plain commit) against `cwd`, once, at start-up. */
export function gitContext(cwd: string, env: NodeJS.ProcessEnv): GitContext {
  const resolved: NodeJS.ProcessEnv = { ...env };
  for (const name of PATH_VARIABLES) {
    const value = env[name];
    if (value && !isAbsolute(value)) resolved[name] = resolve(cwd, value);
  }
  // Never take optional locks or write an opportunistically refreshed index: the review only reads.
  resolved.GIT_OPTIONAL_LOCKS = '0';
  return { cwd, env: resolved };
}

/** Runs `git ARGS` and returns its stdout as bytes; a failure becomes one clear line for the user. */
export function runGit(context: GitContext, args: readonly string[], input?: Buffer | string): Buffer {
  const result = spawnSync('git', args, {
    cwd: context.cwd,
    env: context.env,
    input,
    maxBuffer: 2 ** 31 - 1,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  if (result.error) throw spawnFailure(args, result.error);
  if (result.status !== 0) throw gitFailure(args, result.status, result.stderr);
  return result.stdout;
}

/** A git command started now and read later: git works in its own process while this thread does something else. */
export interface StartedGit {
  args: readonly string[];
  /** stdout, or the GitError runGit would have thrown. */
  output: Promise<Buffer>;
}

export function startGit(context: GitContext, args: readonly string[]): StartedGit {
  const output = new Promise<Buffer>((resolve, reject) => {
    const child = spawn('git', args, { cwd: context.cwd, env: context.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) => reject(spawnFailure(args, error)));
    child.on('close', (status) => (status === 0 ? resolve(Buffer.concat(stdout)) : reject(gitFailure(args, status, Buffer.concat(stderr)))));
  });
  // Read or not: a run that stops before it needs the answer must not die of an unhandled rejection.
  output.catch(() => undefined);
  return { args, output };
}

function spawnFailure(args: readonly string[], error: Error): GitError {
  const code = (error as NodeJS.ErrnoException).code;
  return new GitError(code === 'ENOENT' ? 'git is not installed or not on PATH' : `git ${args[0]} failed: ${error.message}`);
}

function gitFailure(args: readonly string[], status: number | null, stderr: Buffer): GitError {
  const reason = stderr.toString('utf8').trim().split('\n').find((line) => line.trim()) ?? `exit code ${status}`;
  return new GitError(`git ${args.filter((arg) => !arg.startsWith('-')).slice(0, 1).join(' ')} failed: ${reason.replace(/^(fatal|error): /, '')}`);
}

export function runGitText(context: GitContext, args: readonly string[]): string {
  return runGit(context, args).toString('utf8').replace(/\n$/, '');
}

/** Like runGit, but a non-zero exit is an answer (`rev-parse --verify -q`), not an error: undefined. */
export function tryGitText(context: GitContext, args: readonly string[]): string | undefined {
  const result = spawnSync('git', args, { cwd: context.cwd, env: context.env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.error || result.status !== 0) return undefined;
  return result.stdout.replace(/\n$/, '');
}
