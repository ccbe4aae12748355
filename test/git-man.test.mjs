// `git review-security --help` becomes `git help review-security`, a man page lookup: the page ships and renders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { makeRepo, run, CLI, PROJECT_ROOT } from './helpers/git-repo.mjs';

const PAGE = join(PROJECT_ROOT, 'man', 'git-review-security.1');

test('package.json ships the man page that git help finds', (t) => {
  const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8'));
  assert.ok(pkg.man.includes('./man/git-review-security.1'));
  assert.ok(pkg.files.includes('man') && pkg.files.includes('hooks'));
  const man = run('sh', ['-c', 'command -v man']).stdout.trim();
  if (!man) return t.skip('man is not installed');
  const repo = makeRepo(t);
  // What `npm install -g` sets up: the bin on PATH, the page under <prefix>/share/man/man1.
  const bin = join(repo.base, 'bin');
  const man1 = join(repo.base, 'share', 'man', 'man1');
  mkdirSync(bin);
  mkdirSync(man1, { recursive: true });
  symlinkSync(CLI, join(bin, 'git-review-security'));
  symlinkSync(PAGE, join(man1, 'git-review-security.1'));
  const env = { ...repo.env, PATH: `${bin}:${process.env.PATH}`, MANPATH: join(repo.base, 'share', 'man'), MANPAGER: 'cat', PAGER: 'cat', MANWIDTH: '80' };
  for (const args of [['help', 'review-security'], ['review-security', '--help']]) {
    const result = run('git', args, { cwd: repo.dir, env });
    assert.equal(result.status, 0, result.output);
    assert.match(result.stdout, /git-review-security\s+-\s+review staged Python code for security defects/);
    assert.match(result.stdout, /core\.hooksPath/);
  }
  const warnings = run('man', ['--warnings', '-l', PAGE], { env: { ...env, MANWIDTH: '80' } });
  assert.equal(warnings.stderr, '');
});
