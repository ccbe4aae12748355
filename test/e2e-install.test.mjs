// The package as users get it: `npm pack` of this checkout, installed globally into a temporary prefix (npm fetches
// the dependencies and builds or loads tree-sitter as it would for a user), then `git review-security install` and
// real commits through the installed hook in a temporary repository. This is the README's "from a tarball" way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { makeRepo, run, PROJECT_ROOT, CLEAN, VULNERABLE } from './helpers/git-repo.mjs';

test('the packed tarball installs globally and its hook blocks a vulnerable commit and passes a clean one', (t) => {
  const repo = makeRepo(t);
  const packs = join(repo.base, 'packs');
  const prefix = join(repo.base, 'prefix');
  mkdirSync(packs);
  const npmEnv = { ...repo.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

  const packed = run('npm', ['pack', '--json', '--pack-destination', packs], { cwd: PROJECT_ROOT, env: npmEnv });
  assert.equal(packed.status, 0, packed.output);
  const [{ filename, files }] = JSON.parse(packed.stdout);
  const contents = files.map((file) => file.path);
  for (const needed of ['package.json', 'LICENSE', 'README.md', 'dist/cli.cjs', 'dist/cli-bundle.cjs', 'hooks/pre-commit', 'man/git-review-security.1', 'config/schema.json']) {
    assert.ok(contents.includes(needed), `${needed} is in the tarball`);
  }
  assert.ok(!contents.some((path) => path.startsWith('src/') || path.startsWith('test/')), 'sources and tests stay out');

  const installed = run('npm', ['install', '--global', '--prefix', prefix, '--prefer-offline', join(packs, filename)], { cwd: repo.base, env: npmEnv });
  assert.equal(installed.status, 0, installed.output);
  const bin = join(prefix, 'bin');
  assert.ok(existsSync(join(bin, 'git-review-security')), 'the bin is linked into the prefix');
  const packageDir = join(prefix, 'lib', 'node_modules', 'git-review-security');
  assert.equal(JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).repository.url, 'git+https://github.com/git-review-security/git-review-security.git');

  // As a user: the prefix's bin on PATH, so `git review-security` is a git subcommand.
  const env = { ...repo.env, PATH: `${bin}:${process.env.PATH}` };
  const git = (...args) => run('git', args, { cwd: repo.dir, env });
  const install = git('review-security', 'install');
  assert.equal(install.status, 0, install.output);
  const hook = readFileSync(join(repo.dir, '.git', 'hooks', 'pre-commit'), 'utf8');
  assert.ok(hook.includes(realpathSync(packageDir)) || hook.includes(packageDir), `the hook runs the installed package:\n${hook}`);

  repo.write('app/run.py', VULNERABLE);
  git('add', '.');
  const blocked = git('commit', '-q', '-m', 'vulnerable');
  assert.equal(blocked.status, 1, blocked.output);
  assert.match(blocked.output, /app\/run\.py:4:\d+ +HIGH +subprocess-shell-true/);
  assert.equal(git('rev-list', '--all').stdout, '', 'nothing was committed');

  repo.write('app/run.py', CLEAN);
  git('add', '.');
  const passed = git('commit', '-q', '-m', 'clean');
  assert.equal(passed.status, 0, passed.output);
  assert.equal(git('rev-list', '--count', 'HEAD').stdout.trim(), '1');
});
