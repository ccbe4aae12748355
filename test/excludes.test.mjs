// include/exclude: one glob semantics (gitignore-like, relative to the repository root) in every mode —
// staged, --pre-commit (named files), --all, --rev, folder scans and named files in PATH mode, from the root or a
// subfolder — for every way users spell a folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join, posix } from 'node:path';
import { makeRepo, DIST } from './helpers/git-repo.mjs';

const { pathFilter } = await import(join(DIST, 'files', 'path-filter.js'));

const VULNERABLE = 'import subprocess\nsubprocess.call(cmd, shell=True)\n';
const FILES = ['app.py', 'tests/test_a.py', 'pkg/mod.py', 'pkg/test_c.py', 'pkg/tests/test_b.py'];

// Spelling → the files it excludes.
const MATRIX = {
  tests: ['tests/test_a.py', 'pkg/tests/test_b.py'],
  'tests/': ['tests/test_a.py', 'pkg/tests/test_b.py'],
  './tests': ['tests/test_a.py'],
  '/tests': ['tests/test_a.py'],
  'tests/**': ['tests/test_a.py'],
  '**/test_*.py': ['tests/test_a.py', 'pkg/test_c.py', 'pkg/tests/test_b.py'],
  'test_*.py': ['tests/test_a.py', 'pkg/test_c.py', 'pkg/tests/test_b.py'],
  'pkg/tests': ['pkg/tests/test_b.py'],
  './pkg/test_c.py': ['pkg/test_c.py'],
};

test('pathFilter: each spelling, negation and include', () => {
  for (const [pattern, excluded] of Object.entries(MATRIX)) {
    const filter = pathFilter([], [pattern]);
    assert.deepEqual(FILES.filter((file) => !filter.accepts(file)).sort(), [...excluded].sort(), pattern);
  }
  const negated = pathFilter([], ['tests', '!pkg/tests/test_b.py']);
  assert.deepEqual(FILES.filter((file) => !negated.accepts(file)), ['tests/test_a.py']);
  const included = pathFilter(['pkg/'], ['**/tests/']);
  assert.deepEqual(FILES.filter((file) => included.accepts(file)), ['pkg/mod.py', 'pkg/test_c.py']);
  // `*` stays within a folder; names are not substrings (Bandit's `-x test` also dropped `src/latest.py`).
  assert.equal(pathFilter([], ['pkg/*.py']).accepts('pkg/tests/test_b.py'), true);
  assert.equal(pathFilter([], ['test']).accepts('src/latest.py'), true);
});

/** Root-relative paths that produced findings (every file is vulnerable, so = the files reviewed). */
function reviewed(repo, args, cwd = repo.dir, prefix = '') {
  const result = repo.cli('--format', 'json', '--no-cache', '--fail-on', 'none', ...args, { cwd });
  assert.equal(result.status, 0, `${args.join(' ')}: ${result.stderr}`);
  const report = JSON.parse(result.stdout);
  return [...new Set(report.findings.map((finding) => posix.normalize(posix.join(prefix, finding.path))))].sort();
}

for (const [pattern, excluded] of Object.entries(MATRIX)) {
  test(`exclude ${JSON.stringify(pattern)} is the same in every mode`, (t) => {
    const repo = makeRepo(t);
    for (const file of FILES) repo.write(file, VULNERABLE);
    repo.write('pyproject.toml', `[tool.review-security]\nexclude = [${JSON.stringify(pattern)}]\n`);
    repo.git('add', '.');
    const expected = FILES.filter((file) => !excluded.includes(file)).sort();

    assert.deepEqual(reviewed(repo, []), expected, 'staged');
    assert.deepEqual(reviewed(repo, ['--pre-commit', ...FILES]), expected, '--pre-commit with named files');
    repo.git('commit', '-qm', 'all', '--no-verify');
    assert.deepEqual(reviewed(repo, ['--all']), expected, '--all');
    assert.deepEqual(reviewed(repo, ['--all'], repo.path('pkg')), expected, '--all from a subfolder');
    assert.deepEqual(reviewed(repo, ['--rev', 'HEAD']), expected, '--rev');
    assert.deepEqual(reviewed(repo, ['.']), expected, 'folder scan');
    assert.deepEqual(reviewed(repo, FILES), expected, 'named files');
    assert.deepEqual(reviewed(repo, FILES.map((file) => `./${file}`)), expected, 'named files spelled ./x');
    assert.deepEqual(reviewed(repo, ['..'], repo.path('pkg'), 'pkg'), expected, 'folder scan from a subfolder');
  });
}

test('outside a git repository, globs are relative to the folder of the config file', (t) => {
  const repo = makeRepo(t); // used only for its temp dir: the project below is not a repository
  const project = join(repo.base, 'plain');
  for (const file of FILES) repo.write(join('..', 'plain', file), VULNERABLE);
  repo.write(join('..', 'plain', '.review-securityrc.json'), JSON.stringify({ exclude: ['./tests', 'pkg/tests'] }));
  const result = repo.cli('--format', 'json', '--no-cache', '--fail-on', 'none', '.', { cwd: join(project, 'pkg') });
  const paths = JSON.parse(result.stdout).findings.map((finding) => finding.path).sort();
  assert.deepEqual(paths, ['mod.py', 'test_c.py']);
});

test('include narrows every mode the same way, and exclude still applies inside it', (t) => {
  const repo = makeRepo(t);
  for (const file of FILES) repo.write(file, VULNERABLE);
  repo.write('.review-securityrc.json', JSON.stringify({ include: ['pkg/'], exclude: ['pkg/tests'] }));
  repo.git('add', '.');
  const expected = ['pkg/mod.py', 'pkg/test_c.py'];
  assert.deepEqual(reviewed(repo, []), expected, 'staged');
  assert.deepEqual(reviewed(repo, ['--pre-commit', ...FILES]), expected, '--pre-commit');
  assert.deepEqual(reviewed(repo, ['--all']), expected, '--all');
  assert.deepEqual(reviewed(repo, FILES), expected, 'named files');
  assert.deepEqual(reviewed(repo, ['.'], repo.path('pkg'), 'pkg'), expected, 'folder scan from a subfolder');
});
