// Bounds (issue 17): every file finishes within --max-file-seconds, checked inside the rules and the data-flow tracer;
// an oversized file is rejected from its size before it is read; Ctrl-C/SIGTERM end a review with worker threads as
// they end one without (exit 130/143, never a native abort). No test here asserts wall-clock time: the work is
// bounded, and a generous process timeout turns a hang into a failure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { makeRepo, CLI } from './helpers/git-repo.mjs';

/**
 * One function of nested branches that reassign the same names around shell sinks: the data-flow tracer's work grows
 * much faster than the file (this shape took minutes at 32 KB before the tracer checked the file's deadline).
 */
function branchyFile(bytes) {
  const lines = ['import os', 'import subprocess', '', 'def handler(request):', '    cmd = request.GET["q"]', '    other = "ls"'];
  let size = lines.join('\n').length;
  for (let index = 0; size < bytes; index++) {
    const block = [
      `    if request.GET.get("k${index}"):`,
      `        cmd = cmd + other + "${index}"`,
      '    else:',
      `        other = cmd.strip() + "${index}"`,
      '    if cmd:',
      '        os.system(other)',
    ];
    lines.push(...block);
    size += block.join('\n').length + 1;
  }
  lines.push('    subprocess.call(cmd, shell=True)');
  return `${lines.join('\n')}\n`;
}

/** Runs the CLI with a process timeout: a run that does not end by itself fails the test instead of hanging it. */
function cliWithin(seconds, args, { cwd, env }) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: seconds * 1000, killSignal: 'SIGKILL' });
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr, output: result.stdout + result.stderr };
}

function assertEndedWithResultOrTooSlow(result, file) {
  assert.equal(result.signal ?? null, null, `the run ended by itself (${result.output})`);
  assert.ok([1, 2].includes(result.status), result.output);
  if (result.status === 2) assert.match(result.output, new RegExp(`${file}.*too slow`), result.output);
  else assert.match(result.output, /HIGH/, result.output);
}

test('a generated branchy 64 KB file ends within the default limit: a result or a visible "too slow"', (t) => {
  const repo = makeRepo(t);
  repo.write('branchy.py', branchyFile(64 * 1024));
  // Default limit (30 s); the process gets ten times that before it counts as hung.
  const result = cliWithin(300, ['--no-cache', 'branchy.py'], { cwd: repo.dir, env: repo.env });
  assertEndedWithResultOrTooSlow(result, 'branchy.py');
});

// The branchy file takes seconds to analyse (2.5 s idle for 512 KiB), a five-line file a few milliseconds: a 0.5 s
// limit stops the first and leaves the second a hundredfold margin, so a busy machine cannot make the small one slow.
test('--max-file-seconds is checked inside the rules: a 0.5 s limit stops the analysis mid-file, reported as too slow', (t) => {
  const repo = makeRepo(t);
  repo.write('branchy.py', branchyFile(512 * 1024));
  repo.write('fine.py', 'import os\n\ndef run():\n    c = input()\n    os.system(c)\n');
  const result = cliWithin(120, ['--no-cache', '--max-file-seconds', '0.5', '-f', 'json', 'branchy.py', 'fine.py'], { cwd: repo.dir, env: repo.env });
  assert.equal(result.status, 2, result.output);
  const report = JSON.parse(result.stdout);
  assert.deepEqual(report.errors.map((error) => error.path), ['branchy.py']);
  assert.match(report.errors[0].message, /^too slow: (the rules|parsing) did not finish within /);
  assert.deepEqual(report.findings.map((finding) => `${finding.path} ${finding.rule}`), ['fine.py start-process-with-shell'], 'the next file is still reviewed');
});

test('an oversized file is rejected from its size before it is read (a sparse 3 GiB file)', (t) => {
  const repo = makeRepo(t);
  const big = repo.write('huge.py', '');
  truncateSync(big, 3 * 1024 ** 3); // sparse: no disk space, but more than Node could read into one buffer
  const result = cliWithin(120, ['--no-cache', '-f', 'json', 'huge.py'], { cwd: repo.dir, env: repo.env });
  assert.equal(result.status, 2, result.output);
  assert.deepEqual(JSON.parse(result.stdout).errors, [{ path: 'huge.py', message: `too large: ${3 * 1024 ** 3} bytes (limit 5000000; raise maxFileBytes to review it)` }]);
});

test('an oversized staged blob is rejected from its size, and the other staged files are reviewed', (t) => {
  const repo = makeRepo(t);
  repo.write('big.py', `x = "${'a'.repeat(20_000)}"\n`);
  repo.write('app.py', 'import os\n\ndef run():\n    c = input()\n    os.system(c)\n');
  repo.git('add', '.');
  const result = cliWithin(120, ['--no-cache', '--max-file-bytes', '10000', '-f', 'json'], { cwd: repo.dir, env: repo.env });
  assert.equal(result.status, 2, result.output);
  const report = JSON.parse(result.stdout);
  assert.deepEqual(report.errors, [{ path: 'big.py', message: 'too large: 20007 bytes (limit 10000; raise maxFileBytes to review it)' }]);
  assert.deepEqual(report.findings.map((finding) => finding.path), ['app.py']);
});

for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
  test(`${signal} while worker threads are inside tree-sitter: exit ${code}, never a native abort, the cache whole`, async (t) => {
    const repo = makeRepo(t);
    // Few large files: the workers spend most of their time in the parser and the tree, where exiting under them
    // aborted the process (exit 134) in about half the runs.
    const body = Array.from({ length: 3000 }, (_, index) => `def f${index}(request):\n    return subprocess.call("ls " + request.args["x${index}"], shell=True)\n`).join('');
    for (let index = 0; index < 16; index++) repo.write(`pkg/m${index}.py`, `import subprocess\n# file ${index}\n${body}`);
    const cache = join(repo.base, 'cache');
    for (const delayMs of [500, 800, 1100, 1400, 1700, 2000]) {
      const child = spawn(process.execPath, [CLI, '--cache-dir', cache, '-j', '2', '-f', 'json', 'pkg'], { cwd: repo.dir, env: repo.env, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk) => { stderr += chunk; });
      const exited = new Promise((resolve) => child.on('close', (status, killedBy) => resolve({ status, killedBy })));
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      child.kill(signal);
      const { status, killedBy } = await exited;
      assert.equal(killedBy, null, `ends by itself (after ${delayMs} ms): ${stderr}`);
      assert.ok(status === code || status === 1, `exit ${status} after ${delayMs} ms: ${stderr}`); // 1: it had finished
      if (status === code) assert.match(stderr, new RegExp(`interrupted \\(${signal}\\)\\n$`), 'nothing after the notice');
      assert.doesNotMatch(stderr, /terminate called|Napi::Error|FATAL|Aborted|internal error/, stderr);
    }
    if (existsSync(cache)) {
      for (const entry of readdirSync(cache, { recursive: true }).map(String)) {
        if (entry.endsWith('.json')) assert.doesNotThrow(() => JSON.parse(readFileSync(join(cache, entry), 'utf8')), entry);
      }
    }
  });
}
