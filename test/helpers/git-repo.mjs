// Temporary git repositories for tests: real git, isolated from the user's and the system's config, deleted after.
//   const repo = makeRepo(t);                  // t: node:test context (cleans up with t.after), or undefined
//   repo.write('a.py', 'x = 1\n'); repo.git('add', 'a.py'); repo.cli('--format', 'json');
//   const before = repo.snapshot(); ...; assert.deepEqual(repo.snapshot(), before);   // index/worktree/refs untouched
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The built CLI under test; REVIEW_SECURITY_CLI points at another build (e.g. a private one while others rebuild dist/). */
export const CLI = process.env.REVIEW_SECURITY_CLI ?? join(PROJECT_ROOT, 'dist', 'cli.cjs');
/** The dist/ folder of that build, for tests that import modules. */
export const DIST = dirname(CLI);

/**
 * An environment with no trace of the caller's git config or hook variables. HOME stays (npm and node-gyp read their
 * config from it); git's global config is an empty file of the test's own.
 */
export function isolatedEnv(home, extra = {}) {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith('GIT_')) delete env[name];
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  const globalConfig = join(home, 'gitconfig');
  writeFileSync(globalConfig, '');
  return {
    ...env,
    GIT_CONFIG_GLOBAL: globalConfig,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com',
    ...extra,
  };
}

/** git's absolute path, so tests can give git a bare PATH (as GUI clients do). */
export const GIT = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim() || 'git';

export function run(command, args, { cwd, env, input } = {}) {
  const result = spawnSync(command, args, { cwd, env, input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: result.stdout + result.stderr };
}

export class TempRepo {
  constructor(base, dir, env) {
    this.base = base; // temp dir holding the repo, HOME and anything else the test makes
    this.dir = dir;
    this.env = env;
  }

  path(...parts) {
    return join(this.dir, ...parts);
  }

  /** Runs git in the repo (or `cwd`); throws with git's stderr unless `allowFailure`. */
  git(...args) {
    const options = typeof args.at(-1) === 'object' ? args.pop() : {};
    const result = run(GIT, args, { cwd: options.cwd ?? this.dir, env: { ...this.env, ...options.env }, input: options.input });
    if (result.status !== 0 && !options.allowFailure) throw new Error(`git ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
    return options.allowFailure ? result : result.stdout;
  }

  /** Runs the built CLI (dist/cli.cjs, the bins' file) in the repo (or `cwd`). */
  cli(...args) {
    const options = typeof args.at(-1) === 'object' ? args.pop() : {};
    return run(process.execPath, [CLI, ...args], { cwd: options.cwd ?? this.dir, env: { ...this.env, ...options.env } });
  }

  /** `git commit` with the installed hook; returns { status, output } (hook output arrives on git's stderr). */
  commit(message, ...args) {
    const options = typeof args.at(-1) === 'object' ? args.pop() : {};
    return this.git('commit', '-m', message, ...args, { ...options, allowFailure: true });
  }

  write(relativePath, content, { mode } = {}) {
    const file = this.path(relativePath);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    if (mode) chmodSync(file, mode);
    return file;
  }

  symlink(target, relativePath) {
    symlinkSync(target, this.path(relativePath));
  }

  read(relativePath) {
    return readFileSync(this.path(relativePath), 'utf8');
  }

  /**
   * Lets git write the index the way `git commit` will (refreshed stat data, cache-tree extension), so that a later
   * byte comparison sees only what a hook might have changed, not git's own bookkeeping.
   */
  settleIndex(options = {}) {
    this.git('update-index', '-q', '--refresh', { ...options, allowFailure: true });
    this.git('write-tree', options);
  }

  /** Index file bytes, `git status --porcelain`, HEAD and every ref: what the tool must never change. */
  snapshot(indexFile = this.git('rev-parse', '--path-format=absolute', '--git-path', 'index').trim()) {
    let index;
    try {
      index = readFileSync(indexFile).toString('base64');
    } catch {
      index = null;
    }
    return {
      index,
      status: this.git('status', '--porcelain=v1', '-z', '--untracked-files=all', '--ignored'),
      head: this.git('rev-parse', '-q', '--verify', 'HEAD', { allowFailure: true }).stdout,
      symbolicHead: this.git('symbolic-ref', '-q', 'HEAD', { allowFailure: true }).stdout,
      refs: this.git('for-each-ref', '--format=%(refname) %(objectname)'),
    };
  }

  cleanup() {
    rmSync(this.base, { recursive: true, force: true, maxRetries: 5 });
  }
}

/** A fresh repository in a temp dir (branch main, test identity, no system/global config). Removed after the test. */
export function makeRepo(t, { bare = false } = {}) {
  const base = mkdtempSync(join(tmpdir(), 'review-security-test-'));
  const home = join(base, 'home');
  mkdirSync(home);
  const env = isolatedEnv(home);
  const dir = join(base, 'repo');
  run('git', ['-c', 'init.defaultBranch=main', 'init', '-q', ...(bare ? ['--bare'] : []), dir], { env });
  const repo = new TempRepo(base, dir, env);
  repo.git('config', 'init.defaultBranch', 'main');
  repo.git('config', 'user.name', 'Test');
  repo.git('config', 'user.email', 'test@example.com');
  repo.git('config', 'commit.gpgsign', 'false');
  if (t?.after) t.after(() => repo.cleanup());
  return repo;
}

// Typed input into a shell: a blocking finding on line 4 (a parameter alone would be shown, not blocking).
export const VULNERABLE = 'import subprocess\n\ndef run(name):\n    subprocess.call("ls " + input(name), shell=True)\n';
export const CLEAN = 'import subprocess\n\ndef run(name):\n    subprocess.run(["ls", name], check=True)\n';
