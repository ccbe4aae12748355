// Errors are classified and nothing passes silently (issue 17), end to end through the built CLI: I/O failures are
// one line naming the path and the cause with exit 2; a review that checks nothing says so and names the config;
// conflicted files are reviewed; strings from the repository reach the terminal escaped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeRepo, CLI } from './helpers/git-repo.mjs';

const oneLine = (text) => text.trim().split('\n').length === 1 && !/\n\s+at /.test(text);
const VULNERABLE = 'import os\n\ndef run():\n    c = input()\n    os.system(c)\n';

test('I/O failures are one line naming the path and the cause, exit 2', (t) => {
  const repo = makeRepo(t);
  repo.write('app.py', VULNERABLE);
  repo.git('add', 'app.py');
  const cases = [
    [['--no-cache', '-o', '/'], /cannot write the report to \/: EISDIR/],
    [['--no-cache', '-o', '/missing-folder/report.txt'], /cannot write the report to \/missing-folder\/report.txt: ENOENT/],
    [['--no-cache', '-f', 'json=/'], /cannot write the report to \/: EISDIR/],
  ];
  for (const [args, expected] of cases) {
    const result = repo.cli(...args);
    assert.equal(result.status, 2, `${args.join(' ')}: ${result.output}`);
    assert.ok(oneLine(result.stderr), result.stderr);
    assert.match(result.stderr, expected);
    assert.doesNotMatch(result.stderr, /internal error/);
  }
});

test('a full disk on stdout (> /dev/full) is one line and exit 2, not a stack trace', { skip: !existsSync('/dev/full') && 'no /dev/full' }, (t) => {
  const repo = makeRepo(t);
  repo.write('app.py', VULNERABLE);
  repo.git('add', 'app.py');
  const result = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" --no-cache --format json > /dev/full`], { cwd: repo.dir, env: repo.env, encoding: 'utf8' });
  assert.equal(result.status, 2, result.stderr);
  assert.ok(oneLine(result.stderr), result.stderr);
  assert.match(result.stderr, /cannot write to standard output: ENOSPC/);
});

test('PATH mode: a dangling symlink with --follow-symlinks is one line, exit 2', (t) => {
  const repo = makeRepo(t);
  repo.symlink('nowhere.py', 'dangling.py');
  const result = repo.cli('--no-cache', '--follow-symlinks', 'dangling.py');
  assert.equal(result.status, 2, result.output);
  assert.ok(oneLine(result.stderr), result.stderr);
  assert.match(result.stderr, /dangling\.py: a symbolic link to nothing \(ENOENT\)/);
});

test('no enabled rule, or every file excluded by config: the report says so and names the config', (t) => {
  const repo = makeRepo(t);
  repo.write('app.py', VULNERABLE);
  repo.git('add', 'app.py');
  repo.write('.review-securityrc.json', '{"extends": "none"}\n');
  const none = repo.cli('--no-cache');
  assert.match(none.output, /no security rule is enabled \(\.review-securityrc\.json\): only syntax is checked/);
  repo.write('.review-securityrc.json', '{"exclude": ["**/*.py"]}\n');
  const excluded = repo.cli('--no-cache');
  assert.match(excluded.output, /every selected file \(1\) is excluded by include\/exclude in \.review-securityrc\.json: nothing was reviewed/);
});

test('--all during a merge conflict reviews the conflicted file ("ours", stage 2)', (t) => {
  const repo = makeRepo(t);
  repo.write('app.py', 'x = 1\n');
  repo.git('add', '.');
  repo.git('commit', '-qm', 'base', '--no-verify');
  repo.git('checkout', '-qb', 'theirs');
  repo.write('app.py', 'x = 2\n');
  repo.git('commit', '-qam', 'theirs', '--no-verify');
  repo.git('checkout', '-q', 'main');
  repo.write('app.py', VULNERABLE);
  repo.git('commit', '-qam', 'ours', '--no-verify');
  const merge = repo.git('merge', 'theirs', { allowFailure: true });
  assert.notEqual(merge.status, 0, 'a conflict');
  const result = repo.cli('--no-cache', '--all', '-f', 'json');
  assert.equal(result.status, 1, result.output);
  assert.deepEqual(JSON.parse(result.stdout).findings.map((finding) => `${finding.path} ${finding.rule}`), ['app.py start-process-with-shell']);
});

test('terminal escapes from the repository are shown escaped in notices and error lines', (t) => {
  const repo = makeRepo(t);
  repo.write('app.py', 'import os\n\ndef run():\n    c = input()\n    os.system(c)  # review-security: ignore[\x1b[2Jnot-a-rule]\n');
  repo.git('add', 'app.py');
  const notice = repo.cli('--no-cache');
  assert.equal(notice.status, 1, notice.output);
  assert.doesNotMatch(notice.output, /\x1b\[2J/);
  assert.match(notice.output, /unknown rule '\\x1b\[2Jnot-a-rule'/);
  repo.write('.review-securityrc.json', '{"rules": {"\\u001b]0;pwned\\u0007x": "off"}}\n');
  const config = repo.cli('--no-cache');
  assert.equal(config.status, 2, config.output);
  assert.doesNotMatch(config.stderr, /\x1b\]0;pwned\x07/);
  assert.match(config.stderr, /(?:\\x1b|\\u001b)\]0;pwned/);
});

test('PATH mode: a folder that cannot be read is an error, never a silent "no Python files"', (t) => {
  // Root reads every folder: as root the CLI runs as nobody (65534), who cannot enter a 0700 folder of root's.
  const asRoot = process.getuid?.() === 0;
  const base = mkdtempSync(join(tmpdir(), 'review-security-unreadable-'));
  t.after(() => {
    try { chmodSync(join(base, 'src', 'locked'), 0o755); } catch { /* never made */ }
    rmSync(base, { recursive: true, force: true });
  });
  chmodSync(base, 0o755);
  mkdirSync(join(base, 'src', 'locked'), { recursive: true, mode: 0o755 });
  writeFileSync(join(base, 'src', 'locked', 'app.py'), VULNERABLE);
  chmodSync(join(base, 'src', 'locked'), asRoot ? 0o700 : 0o000);
  const result = spawnSync(process.execPath, [CLI, '--no-cache', 'src'], {
    cwd: base,
    env: { ...process.env, HOME: base, XDG_CACHE_HOME: join(base, 'xdg') },
    encoding: 'utf8',
    ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
  });
  assert.equal(result.status, 2, result.stdout + result.stderr);
  assert.ok(oneLine(result.stderr), result.stderr);
  assert.match(result.stderr, /src\/locked: cannot read this directory \(EACCES\)/);
});
