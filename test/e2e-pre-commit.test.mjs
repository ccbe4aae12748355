// The real pre-commit framework (Debian's pre-commit) installs this package as a `language: node` hook from a
// clone and runs it: a vulnerable staged file fails the hook, a clean one passes. Slow (npm installs the package and
// compiles tree-sitter, about a minute): one test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { makeRepo, run, CLEAN, DIST, PROJECT_ROOT, VULNERABLE } from './helpers/git-repo.mjs';

const preCommit = run('sh', ['-c', 'command -v pre-commit']).stdout.trim();
// REVIEW_SECURITY_SKIP_SLOW=1 skips it for quick local runs (CI runs it).
const skip = !preCommit ? 'pre-commit is not installed' : process.env.REVIEW_SECURITY_SKIP_SLOW === '1' ? 'REVIEW_SECURITY_SKIP_SLOW=1' : false;

test('pre-commit try-repo: the review-security hook blocks a vulnerable file and passes a clean one', { skip, timeout: 1_800_000 }, (t) => {
  const consumer = makeRepo(t);
  const env = { ...consumer.env, PRE_COMMIT_HOME: join(consumer.base, 'pre-commit-home'), PRE_COMMIT_COLOR: 'never' };
  // try-repo installs the committed HEAD of a repository: commit this checkout's current working tree (and the
  // dist/ under test) into a throwaway repository, never touching the checkout's own index.
  const hookRepo = join(consumer.base, 'hook-repo');
  mkdirSync(hookRepo);
  const git = (...args) => {
    const result = run('git', args, { cwd: hookRepo, env });
    assert.equal(result.status, 0, `git ${args.join(' ')}: ${result.stderr}`);
    return result.stdout;
  };
  git('init', '-q');
  git(`--work-tree=${PROJECT_ROOT}`, 'add', '-A', '.');
  if (realpathSync(DIST) !== realpathSync(join(PROJECT_ROOT, 'dist'))) {
    cpSync(DIST, join(hookRepo, 'dist'), { recursive: true });
    git('add', '-f', 'dist');
  }
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'commit', '-q', '--no-verify', '-m', 'hook under test');
  git('reset', '-q', '--hard'); // the throwaway repo's own worktree, so try-repo sees no uncommitted changes
  // pre-commit installs from the repository without building: the bins' file and the bundle it runs are committed.
  assert.deepEqual(git('ls-files', '.pre-commit-hooks.yaml', 'dist/cli.cjs', 'dist/cli-bundle.cjs').split('\n').filter(Boolean).sort(),
    ['.pre-commit-hooks.yaml', 'dist/cli-bundle.cjs', 'dist/cli.cjs']);

  consumer.write('safe.py', CLEAN);
  consumer.git('add', 'safe.py');
  const passed = run(preCommit, ['try-repo', hookRepo, 'review-security', '--verbose'], { cwd: consumer.dir, env });
  assert.equal(passed.status, 0, passed.output);
  assert.match(passed.output, /review-security \(Python security review\)\.+Passed/);

  consumer.write('app/views.py', VULNERABLE);
  consumer.git('add', 'app/views.py');
  consumer.settleIndex(); // pre-commit's own `git write-tree` adds the cache-tree extension; the hook adds nothing
  const before = consumer.snapshot();
  const blocked = run(preCommit, ['try-repo', hookRepo, 'review-security', '--verbose'], { cwd: consumer.dir, env });
  assert.equal(blocked.status, 1, blocked.output);
  assert.match(blocked.output, /review-security \(Python security review\)\.+Failed/);
  assert.match(blocked.output, /review-security: 2 staged Python files reviewed/); // one process, one report
  assert.match(blocked.output, /^app\/views\.py:\d+:\d+ +HIGH +subprocess-shell-true/m);
  assert.match(blocked.output, /commit blocked: 1 blocking finding/);
  assert.deepEqual(consumer.snapshot(), before);
  // The hint names the binary pre-commit installed in its own environment (absolute: it works from a plain shell; the
  // environment of try-repo is deleted when it ends, so the test checks the form, and test/pre-commit-framework runs one).
  const details = blocked.output.split('\n').find((line) => line.includes('details:'))?.trim().replace(/^details:\s+/, '');
  assert.match(details ?? '', /^\/\S+\/bin\/review-security explain subprocess-shell-true$/, blocked.output);
});
