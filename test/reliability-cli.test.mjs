// Faults, hostile repositories, concurrency and signals, end to end through the built CLI (issue 10). Every case
// asserts its exit code and what was reported; every git case checks, through the harness, that the index, worktree
// and refs are byte-identical afterwards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeRepo, CLI, DIST, GIT, VULNERABLE, CLEAN, run } from './helpers/git-repo.mjs';

/**
 * Runs `body(repo)` on a fresh repository whose state is snapshotted after `prepare(repo)` and compared after
 * `body`: nothing a review does may change the index, the worktree or the refs.
 */
async function withRepo(t, prepare, body) {
  const repo = makeRepo(t);
  await prepare(repo);
  repo.settleIndex();
  const before = repo.snapshot();
  await body(repo);
  assert.deepEqual(repo.snapshot(), before, 'index, worktree and refs are untouched');
  return repo;
}

/** Every file under `dir` (recursive), relative paths. */
function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

/** Cache entries are whole JSON documents and no temp file is left behind. */
function assertCacheWhole(dir) {
  const files = filesUnder(dir);
  assert.deepEqual(files.filter((file) => file.endsWith('.tmp')), [], 'no temp files left');
  const entries = files.filter((file) => file.endsWith('.json'));
  for (const entry of entries) assert.doesNotThrow(() => JSON.parse(readFileSync(entry, 'utf8')), `${entry} is whole`);
  return entries;
}

/** The parts of a JSON report that must not depend on timing, the cache or concurrency. */
function verdictOf(stdout) {
  const report = JSON.parse(stdout);
  return {
    findings: report.findings.map((finding) => `${finding.path}:${finding.line}:${finding.column} ${finding.rule} ${finding.severity}`),
    errors: report.errors,
    verdict: report.verdict,
  };
}

function spawnCli(args, options) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => { stdout += chunk; });
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
}

/** Python files that take a moment each: enough work to be interrupted or raced. */
function writeWorkload(repo, count, folder = 'pkg') {
  const body = Array.from({ length: 60 }, (_, index) => `def f${index}(request):\n    return subprocess.call("ls " + request.args["x${index}"], shell=True)\n`).join('');
  for (let index = 0; index < count; index++) repo.write(`${folder}/m${index}.py`, `import subprocess\n# file ${index}\n${body}`);
}

const oneLine = (text) => text.trim().split('\n').length === 1 && !/\n\s+at /.test(text);

test('exit codes follow the policy: clean 0, blocking or syntax-error 1, unreviewable file 2', async (t) => {
  await withRepo(t, (repo) => {
    repo.write('clean.py', CLEAN);
    repo.write('empty.py', '');
    repo.write('broken.py', 'def f(:\n    pass\n');
    repo.write('binary.py', Buffer.from('x = 1\n\0\x01\x02'));
    repo.write('latin.py', Buffer.from('x = "caf\xe9"\n', 'latin1'));
    repo.write('big.py', `x = [${'1, '.repeat(40_000)}]\n`);
    repo.write('slow.py', Array.from({ length: 60_000 }, (_, index) => `v${index} = f(${index})`).join('\n'));
  }, (repo) => {
    const review = (...args) => repo.cli('--no-cache', '--format', 'compact', ...args);
    assert.deepEqual([review('clean.py', 'empty.py').status], [0]);
    const broken = review('broken.py');
    assert.equal(broken.status, 1, broken.output);
    assert.match(broken.stdout, /broken\.py:1:\d+\s+HIGH\s+syntax-error\s+file does not parse/);
    for (const [file, kind] of [['binary.py', /binary content \(NUL byte at offset 6\)/], ['latin.py', /not valid UTF-8/]]) {
      const result = review(file, 'clean.py');
      assert.equal(result.status, 2, result.output);
      assert.match(result.stdout, new RegExp(`${file.replace('.', '\\.')}\\s+ERROR\\s+${kind.source}`));
      assert.match(result.stdout, /review incomplete: 1 file could not be reviewed/);
    }
    const large = review('--max-file-bytes', '100000', 'big.py');
    assert.equal(large.status, 2, large.output);
    assert.match(large.stdout, new RegExp(`big\\.py\\s+ERROR\\s+too large: ${statSync(repo.path('big.py')).size} bytes \\(limit 100000;`));
    assert.equal(review('--max-file-bytes', '200000', 'big.py').status, 0);
    const slow = review('--max-file-seconds', '0.05', 'slow.py', 'clean.py');
    assert.equal(slow.status, 2, slow.output);
    assert.match(slow.stdout, /slow\.py\s+ERROR\s+too slow: (parsing|the rules) did not finish within 50 ms/);
    const json = JSON.parse(repo.cli('--no-cache', '--max-file-seconds', '0.05', '-f', 'json', 'slow.py').stdout);
    assert.equal(json.verdict, 'blocked');
    assert.match(json.errors[0].message, /^too slow/);
    const bad = review('--max-file-seconds', 'soon', 'clean.py');
    assert.equal(bad.status, 2);
    assert.ok(oneLine(bad.stderr), bad.stderr);
  });
});

test('a rule that throws: reported with its rule id, other rules still run, exit 2 (a broken gate never passes)', async (t) => {
  const repo = makeRepo(t);
  repo.write('a.py', 'exec(code)\neval(code)\n');
  const { RULES } = await import(pathToFileURL(join(DIST, 'rules', 'index.js')).href);
  const { main } = await import(pathToFileURL(join(DIST, 'cli', 'main.js')).href);
  const rule = RULES.find((candidate) => candidate.id === 'exec-used');
  const create = rule.create;
  // Registered in-process through the engine's rule objects: a real run of the real pipeline with one broken rule.
  rule.create = () => ({ call() { throw new RangeError('maximum call stack size exceeded'); } });
  t.after(() => { rule.create = create; });
  const output = { stdout: '', stderr: '' };
  const stream = (name) => ({ write: (text) => { output[name] += text; return true; }, isTTY: false });
  const status = await main(['--no-cache', '--no-config', '--format', 'json', 'a.py'], { cwd: repo.dir, env: repo.env, stdout: stream('stdout'), stderr: stream('stderr') });
  assert.equal(status, 2);
  const report = JSON.parse(output.stdout);
  assert.deepEqual(report.errors, [{ path: 'a.py', message: 'rule exec-used failed: maximum call stack size exceeded' }]);
  assert.deepEqual(report.findings.map((finding) => `${finding.rule}@${finding.line}`), ['eval-used@2']);
  assert.equal(report.verdict, 'blocked');
});

test('cache faults: a path that is a file, unwritable shards, corrupt, truncated and foreign entries', async (t) => {
  await withRepo(t, (repo) => {
    writeWorkload(repo, 4);
    repo.write('pkg/clean.py', CLEAN);
    repo.git('add', '.');
  }, (repo) => {
    const expected = verdictOf(repo.cli('--no-cache', '-f', 'json').stdout);
    assert.equal(expected.findings.length, 240);
    // The cache "dir" is a file (as good as a full or read-only disk: every write fails): same results, exit 1.
    const blocker = join(repo.base, 'cache-is-a-file');
    writeFileSync(blocker, 'not a directory');
    for (let round = 0; round < 2; round++) {
      const result = repo.cli('--cache-dir', blocker, '-f', 'json');
      assert.equal(result.status, 1, result.stderr);
      assert.deepEqual(verdictOf(result.stdout), expected);
    }
    assert.equal(readFileSync(blocker, 'utf8'), 'not a directory');
    // Populate a real cache, then damage every entry in a different way.
    const dir = join(repo.base, 'cache');
    assert.deepEqual(verdictOf(repo.cli('--cache-dir', dir, '-f', 'json').stdout), expected);
    const entries = assertCacheWhole(dir);
    assert.equal(entries.length, 5);
    const damage = [
      (file) => truncateSync(file, Math.floor(statSync(file).size / 2)),
      (file) => writeFileSync(file, ''),
      (file) => writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), version: '0.0.1-other-build' })),
      (file) => writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), result: { findings: 'nope' } })),
      (file) => writeFileSync(file, Buffer.from([0xff, 0x00, 0x7b])),
    ];
    entries.sort().forEach((file, index) => damage[index](file));
    const healed = repo.cli('--cache-dir', dir, '-f', 'json', '--stats');
    assert.equal(healed.status, 1);
    assert.deepEqual(verdictOf(healed.stdout), expected, 'damaged entries are misses, never findings');
    assert.equal(JSON.parse(healed.stdout).files?.cached ?? 0, 0);
    assertCacheWhole(dir);
    const warm = JSON.parse(repo.cli('--cache-dir', dir, '-f', 'json').stdout);
    assert.equal(warm.files.cached, 5, 'rewritten entries are used again');
    // A shard directory replaced by a file: that entry cannot be written, the review is still complete.
    const shard = join(dir, 'v1', readdirSync(join(dir, 'v1'))[0]);
    rmSync(shard, { recursive: true });
    writeFileSync(shard, '');
    assert.deepEqual(verdictOf(repo.cli('--cache-dir', dir, '-f', 'json').stdout), expected);
  });
});

test('git faults: missing git, GIT_DIR nowhere, bare repository: one line and exit 2; a held index.lock is no obstacle', async (t) => {
  await withRepo(t, (repo) => {
    repo.write('a.py', VULNERABLE);
    repo.git('add', 'a.py');
  }, (repo) => {
    const noGit = repo.cli({ env: { PATH: join(repo.base, 'no-such-bin') } });
    assert.equal(noGit.status, 2, noGit.output);
    assert.ok(oneLine(noGit.stderr), noGit.stderr);
    assert.match(noGit.stderr, /^git-review-security: git is not installed or not on PATH/);
    const nowhere = repo.cli({ env: { GIT_DIR: join(repo.base, 'nowhere') } });
    assert.equal(nowhere.status, 2, nowhere.output);
    assert.ok(oneLine(nowhere.stderr), nowhere.stderr);
    assert.match(nowhere.stderr, /GIT_DIR=.*nowhere: not a git repository/);
    // Paths mode needs no git at all.
    assert.equal(repo.cli('a.py', { env: { PATH: join(repo.base, 'no-such-bin') } }).status, 1);
    // Another git process holds the index lock (a concurrent `git add`): reading the index still works, the lock stays.
    const lock = repo.path('.git', 'index.lock');
    writeFileSync(lock, '');
    t.after(() => rmSync(lock, { force: true }));
    const locked = repo.cli();
    assert.equal(locked.status, 1, locked.output);
    assert.match(locked.stdout, /a\.py:4:\d+\s+HIGH\s+subprocess-shell-true/);
    assert.ok(existsSync(lock), 'the lock is not ours to remove');
    rmSync(lock);
  });
  const bare = makeRepo(t, { bare: true });
  const result = bare.cli();
  assert.equal(result.status, 2, result.output);
  assert.ok(oneLine(result.stderr), result.stderr);
  assert.match(result.stderr, /a bare repository \(no work tree, no index\)/);
});

test('a shallow clone reviews staged files, --all and a range within its history', async (t) => {
  const origin = makeRepo(t);
  origin.write('a.py', CLEAN);
  origin.git('add', 'a.py');
  origin.git('commit', '-q', '-m', 'one');
  origin.write('b.py', VULNERABLE);
  origin.git('add', 'b.py');
  origin.git('commit', '-q', '-m', 'two');
  await withRepo(t, (repo) => {
    rmSync(repo.dir, { recursive: true });
    run(GIT, ['clone', '-q', '--depth', '1', `file://${origin.dir}`, repo.dir], { env: repo.env });
    assert.equal(repo.git('rev-parse', '--is-shallow-repository').trim(), 'true');
    repo.write('c.py', 'eval(x)\n');
    repo.git('add', 'c.py');
  }, (repo) => {
    const staged = repo.cli('-f', 'json');
    assert.equal(staged.status, 0, staged.output);
    assert.deepEqual(verdictOf(staged.stdout).findings, ['c.py:1:1 eval-used medium']);
    const all = repo.cli('--all', '-f', 'json');
    assert.equal(all.status, 1, all.output);
    assert.ok(verdictOf(all.stdout).findings.some((finding) => finding.startsWith('b.py:4:')));
    // The parent of the only commit is not there: a range beyond the shallow boundary is a git error, exit 2.
    const beyond = repo.cli('--rev', 'HEAD~1..HEAD');
    assert.equal(beyond.status, 2, beyond.output);
    assert.ok(oneLine(beyond.stderr), beyond.stderr);
  });
});

for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
  test(`${signal} during a review: exit ${code}, no temp files, no half-written cache entry`, async (t) => {
    await withRepo(t, (repo) => {
      writeWorkload(repo, 150);
      repo.git('add', '.');
    }, async (repo) => {
      const dir = join(repo.base, 'cache');
      const child = spawn(process.execPath, [CLI, '--cache-dir', dir, '-j', '1', '-f', 'json', '-o', join(repo.base, 'report.json')], { cwd: repo.dir, env: repo.env, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk) => { stderr += chunk; });
      const exited = new Promise((resolve) => child.on('close', (status, killedBy) => resolve({ status, killedBy })));
      // Interrupt once the review is writing the cache: some files done, most not.
      const started = Date.now();
      while (filesUnder(dir).filter((file) => file.endsWith('.json')).length < 3 && Date.now() - started < 60_000) await new Promise((resolve) => setTimeout(resolve, 20));
      child.kill(signal);
      const { status, killedBy } = await exited;
      assert.equal(killedBy, null, 'ends by itself, with an exit code');
      assert.equal(status, code, stderr);
      assert.match(stderr, new RegExp(`interrupted \\(${signal}\\)`));
      const entries = assertCacheWhole(dir);
      assert.ok(entries.length >= 3 && entries.length < 150, `${entries.length} entries written before the signal`);
      assert.ok(!existsSync(join(repo.base, 'report.json')), 'no partial report');
      // The next run reuses what was finished and completes.
      const rerun = repo.cli('--cache-dir', dir, '-f', 'json');
      assert.equal(rerun.status, 1);
      assert.ok(JSON.parse(rerun.stdout).files.cached >= entries.length);
    });
  });
}

test('8 concurrent reviews over one cache give identical results and leave only whole entries', async (t) => {
  await withRepo(t, (repo) => {
    writeWorkload(repo, 14);
    repo.write('pkg/clean.py', CLEAN);
    repo.write('pkg/broken.py', 'def f(:\n  eval(x)\n');
    repo.git('add', '.');
  }, async (repo) => {
    const expected = verdictOf(repo.cli('--no-cache', '-f', 'json').stdout);
    const dir = join(repo.base, 'cache');
    const runs = await Promise.all(Array.from({ length: 8 }, () => spawnCli(['--cache-dir', dir, '-f', 'json', '-j', '1'], { cwd: repo.dir, env: repo.env })));
    for (const result of runs) {
      assert.equal(result.status, 1, result.stderr);
      assert.deepEqual(verdictOf(result.stdout), expected);
    }
    assert.equal(assertCacheWhole(dir).length, 16);
  });
});

test('a review while another process rewrites, corrupts and clears the cache gives the same result', async (t) => {
  await withRepo(t, (repo) => {
    writeWorkload(repo, 12);
    repo.git('add', '.');
  }, async (repo) => {
    const expected = verdictOf(repo.cli('--no-cache', '-f', 'json').stdout);
    const dir = join(repo.base, 'cache');
    assert.equal(repo.cli('--cache-dir', dir, '-f', 'json').status, 1);
    // A vandal: overwrites entries in place with half of themselves or garbage, deletes some, for as long as it runs.
    const vandal = spawn(process.execPath, ['-e', `
      const fs = require('fs'), path = require('path');
      const dir = ${JSON.stringify(join(dir, 'v1'))};
      const until = Date.now() + 20000;
      let round = 0;
      while (Date.now() < until) {
        for (const shard of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
          let names = [];
          try { names = fs.readdirSync(path.join(dir, shard)); } catch {}
          for (const name of names) {
            const file = path.join(dir, shard, name);
            try {
              if (round % 3 === 0) fs.unlinkSync(file);
              else if (round % 3 === 1) fs.writeFileSync(file, '{"version":');
              else fs.writeFileSync(file, fs.readFileSync(file).subarray(0, 10));
            } catch {}
          }
        }
        round++;
      }`], { stdio: 'ignore' });
    t.after(() => vandal.kill('SIGKILL'));
    const runs = await Promise.all(Array.from({ length: 3 }, () => spawnCli(['--cache-dir', dir, '-f', 'json', '-j', '1'], { cwd: repo.dir, env: repo.env })));
    vandal.kill('SIGKILL');
    for (const result of runs) {
      assert.equal(result.status, 1, result.stderr);
      assert.deepEqual(verdictOf(result.stdout), expected);
    }
  });
});

const HOSTILE_NAMES = [
  'new\nline.py',
  '-rf.py',
  '--all.py',
  'dots/../..x.py',
  '$(touch PWNED).py',
  '`touch PWNED`; rm -rf x &.py',
  'quote\'"|<>*?.py',
  '\x1b[31mred\x1b[0m\x1b]8;;http://evil\x07.py',
  'tab\there.py',
  'ünïcödé 名前.py',
];

test('hostile file names are never run through a shell and are printed escaped (compact and github)', async (t) => {
  await withRepo(t, (repo) => {
    mkdirSync(repo.path('dots'));
    for (const name of HOSTILE_NAMES) repo.write(name.replace('dots/../', ''), 'import subprocess\nsubprocess.call(input(), shell=True)\n');
    repo.git('add', '--', '.');
  }, (repo) => {
    const staged = repo.git('diff', '--cached', '--name-only', '-z').split('\0').filter(Boolean);
    assert.equal(staged.length, HOSTILE_NAMES.length);
    for (const format of ['compact', 'github']) {
      for (const mode of [[], ['--all']]) {
        const result = repo.cli('--no-cache', '-f', format, ...mode);
        assert.equal(result.status, 1, result.output);
        assert.ok(!result.stdout.includes('\x1b'), `${format}: no raw escape sequence in the output`);
        assert.ok(!result.stdout.includes('\x07'), `${format}: no raw BEL`);
        assert.match(result.stdout, /\\x1b\[31mred\\x1b\[0m/);
        assert.match(result.stdout, format === 'github' ? /file=new\\nline\.py,/ : /^new\\nline\.py:2:\d+\s/m);
        const findingLines = result.stdout.split('\n').filter((line) => /^::error |\sHIGH\s+subprocess-shell-true/.test(line));
        assert.equal(findingLines.length, HOSTILE_NAMES.length, `${format}: one line per file`);
      }
    }
    const json = JSON.parse(repo.cli('--no-cache', '-f', 'json').stdout);
    assert.deepEqual(json.findings.map((finding) => finding.path).sort(), staged.slice().sort(), 'JSON keeps the real names');
    // Paths mode: a name starting with '-' is a path after '--'.
    const dashed = repo.cli('--no-cache', '--', '-rf.py', '--all.py');
    assert.equal(dashed.status, 1, dashed.output);
    assert.match(dashed.stdout, /^-rf\.py:2:\d+\s/m);
    assert.ok(!existsSync(repo.path('PWNED')) && !existsSync(repo.path('x')), 'nothing was executed');
    rmSync(repo.path('PWNED'), { force: true });
  });
});

test('terminal escapes inside source lines are escaped in compact (with source) and github output', async (t) => {
  await withRepo(t, (repo) => {
    repo.write('esc.py', 'import os\nos.system("\x1b]0;owned\x07\x1b[2J" + cmd)  # \x1b[8mhidden\u202e\n');
    repo.git('add', 'esc.py');
  }, (repo) => {
    for (const format of ['compact', 'github']) {
      const result = repo.cli('--no-cache', '-f', format, '--show-source');
      assert.equal(result.status, 1, result.output);
      assert.ok(!/[\x07\x1b\u202e]/.test(result.stdout), `${format}: ${JSON.stringify(result.stdout)}`);
      if (format === 'compact') assert.match(result.stdout, /os\.system\("\\x1b\]0;owned\\x07\\x1b\[2J" \+ cmd\)/);
    }
  });
});

test('symlinks out of the repository are not followed in path mode without --follow-symlinks', async (t) => {
  await withRepo(t, (repo) => {
    const outside = join(repo.base, 'outside');
    mkdirSync(outside);
    writeFileSync(join(outside, 'secret.py'), 'eval(x)\n');
    repo.write('src/inside.py', CLEAN);
    repo.symlink(outside, 'src/linked-dir');
    repo.symlink(join(outside, 'secret.py'), 'src/linked.py');
    repo.git('add', '.');
  }, (repo) => {
    const plain = JSON.parse(repo.cli('--no-cache', '-f', 'json', 'src').stdout);
    assert.deepEqual(plain.findings, []);
    assert.equal(plain.files.scanned, 1);
    const followed = JSON.parse(repo.cli('--no-cache', '-f', 'json', '--follow-symlinks', 'src').stdout);
    assert.ok(followed.findings.length >= 1 && followed.findings.every((finding) => finding.rule === 'eval-used'));
    // Staged mode: a symlink is a blob of its target path (mode 120000), never read through.
    assert.equal(repo.cli('--no-cache').status, 0);
  });
});

test('JavaScript config runs code: --no-config-js and --config FILE keep CI on data-only config', async (t) => {
  await withRepo(t, (repo) => {
    repo.write('a.py', 'import subprocess\nsubprocess.call(input(), shell=True)\n');
    repo.write('review-security.config.mjs', `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(join(repo.base, 'RAN'))}, 'config code ran');\nexport default { rules: { 'subprocess-shell-true': 'off' } };\n`);
    repo.write('ci.json', '{ "failOn": { "severity": "high" } }\n');
    repo.git('add', '.');
  }, (repo) => {
    const marker = join(repo.base, 'RAN');
    const refused = repo.cli('--no-cache', '--no-config-js', 'a.py');
    assert.equal(refused.status, 1, `the JS config was ignored, so the rule ran: ${refused.output}`);
    assert.ok(!existsSync(marker), '--no-config-js: no config code ran');
    const data = repo.cli('--no-cache', '--config', 'ci.json', 'a.py');
    assert.equal(data.status, 1, data.output);
    assert.ok(!existsSync(marker), '--config FILE: no other config is searched or run');
    const explicitJs = repo.cli('--no-cache', '--no-config-js', '--config', 'review-security.config.mjs', 'a.py');
    assert.equal(explicitJs.status, 2);
    assert.match(explicitJs.stderr, /JavaScript config files are refused with --no-config-js/);
    assert.ok(!existsSync(marker));
    // Without either flag the project's JS config is trusted code: it runs (the README's trust model).
    assert.equal(repo.cli('--no-cache', 'a.py').status, 0);
    assert.equal(readFileSync(marker, 'utf8'), 'config code ran');
    rmSync(marker);
  });
});
