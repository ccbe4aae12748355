// The built CLI's report plumbing: several formats in one run, --output, --stats, --help, colour, and the progress
// spinner, which appears only on a real terminal (a pty from `script`) reviewing more than one file, and never with
// pipes, in CI, with --quiet/--no-progress, on TERM=dumb or on a terminal without a width. Tests that expect a spinner
// pass --progress (shown from the first file), so none depends on how long a review lasts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
const SPINNER_TEXT = 'Reviewing Python files: ';
const HAS_SCRIPT = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

/** An environment as a developer's terminal has it: no CI, no colour overrides. */
function terminalEnv(extra = {}) {
  const env = { ...process.env, TERM: 'xterm-256color', ...extra };
  for (const name of ['CI', 'NO_COLOR', 'FORCE_COLOR', 'GITHUB_ACTIONS']) if (!(name in extra)) delete env[name];
  return env;
}

/** A folder outside any git repository with Python files; `slow` makes the review last well over a moment. */
function project(t, { slow = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'review-security-report-cli-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'app.py'), 'import subprocess\n\ndef run(cmd):\n    subprocess.call(input(cmd), shell=True)\n');
  writeFileSync(join(dir, 'clean.py'), 'def add(a, b):\n    return a + b\n');
  if (slow) {
    const body = Array.from({ length: 6000 }, (_, i) => `def f${i}(x):\n    y = x + ${i}\n    return subprocess.call(['ls', str(y)])\n`).join('\n');
    for (const name of ['big_a.py', 'big_b.py']) writeFileSync(join(dir, name), `import subprocess\n${body}`);
  }
  return dir;
}

function cli(dir, args, env = terminalEnv()) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return result;
}

/** Runs the CLI under a pseudo-terminal of the given size; returns everything the terminal received. */
function onTerminal(dir, args, { columns = 100, env = terminalEnv() } = {}) {
  const command = `stty cols ${columns} rows 30; exec ${[process.execPath, CLI, ...args].map((word) => `'${word}'`).join(' ')}`;
  const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: dir, env, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { status: result.status, output: result.stdout };
}

test('several formats in one run: compact on stdout, SARIF and Markdown to files', (t) => {
  const dir = project(t);
  const result = cli(dir, ['.', '--no-cache', '--format', 'compact', '--format', 'sarif=out.sarif', '--format', 'markdown=review.md']);
  assert.equal(result.status, 1);
  assert.match(result.stdout, /^app\.py:4:\d+ +HIGH +subprocess-shell-true /m);
  const sarif = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8'));
  assert.equal(sarif.version, '2.1.0');
  assert.deepEqual(sarif.runs[0].results.map((result) => [result.ruleId, result.locations[0].physicalLocation.artifactLocation.uri]), [['subprocess-shell-true', 'app.py']]);
  assert.match(readFileSync(join(dir, 'review.md'), 'utf8'), /^## Security review\n/);
  assert.equal(result.stderr, '');
});

test('--output writes the report to a file and nothing to stdout', (t) => {
  const dir = project(t);
  const result = cli(dir, ['clean.py', '--no-cache', '--format', 'markdown', '--output', 'review.md']);
  assert.equal(result.status, 0);
  assert.equal(result.stdout, '');
  assert.ok(readFileSync(join(dir, 'review.md'), 'utf8').endsWith('No security defects are detected in the reviewed code.\n'));
});

test('--format github prints workflow commands', (t) => {
  const dir = project(t);
  const result = cli(dir, ['.', '--no-cache', '--format', 'github']);
  assert.equal(result.status, 1);
  assert.match(result.stdout, /^::error file=app\.py,line=4,col=\d+,endLine=4,endColumn=\d+,title=subprocess-shell-true \(Command injection%2C high\)::/m);
});

test('--stats prints files, time and the per-rule table to stderr, leaving stdout to the report', (t) => {
  const dir = project(t);
  const result = cli(dir, ['.', '--no-cache', '--jobs', '1', '--stats', '--format', 'json']);
  assert.equal(JSON.parse(result.stdout).files.scanned, 2);
  assert.match(result.stderr, /^stats: 2 files reviewed, 0 from cache, 2 analysed, 0 not reviewable; \d+ rules$/m);
  assert.match(result.stderr, /^stats: .* total \(select .*, review .*, report .*\)$/m);
  assert.match(result.stderr, /^Rule +\| Time \(ms\) \| Relative$/m);
  assert.match(result.stderr, /^subprocess-shell-true +\| +\d+\.\d{3} \| +\d+\.\d%$/m);
});

test('with pipes there is never a spinner, even when --progress asks for one', (t) => {
  const dir = project(t, { slow: true });
  const result = cli(dir, ['.', '--no-cache', '--format', 'json', '--progress']);
  assert.equal(result.stderr, '');
  assert.doesNotMatch(result.stdout, /Reviewing|\x1b/);
  assert.equal(JSON.parse(result.stdout).files.scanned, 4);
});

test('on a terminal a long review shows the spinner on stderr, and removes it before the report', { skip: !HAS_SCRIPT && 'no script(1)' }, (t) => {
  const dir = project(t, { slow: true });
  // --progress: from the first file, so the test does not depend on how long the review lasts.
  const { output } = onTerminal(dir, ['.', '--no-cache', '--jobs', '1', '--format', 'compact', '--no-color', '--progress']);
  assert.ok(output.includes(SPINNER_TEXT), 'spinner text');
  assert.match(output, new RegExp(`${SPINNER_TEXT}\\d+/4`));
  assert.ok(output.includes('\x1b[?25l') && output.includes('\x1b[?25h'), 'cursor hidden, then shown again');
  const reportAt = output.search(/app\.py:4:\d+ +HIGH +subprocess-shell-true/);
  assert.ok(reportAt > output.lastIndexOf(SPINNER_TEXT), 'the report comes after the last spinner frame');
  assert.ok(output.lastIndexOf('\x1b[?25h') > output.lastIndexOf(SPINNER_TEXT), 'the cursor is shown again');
});

test('on a terminal a review of one file shows no spinner at all, however long it takes', { skip: !HAS_SCRIPT && 'no script(1)' }, (t) => {
  // Decided by the file count, not the clock: one big file (longer than the spinner delay on any machine) still has none.
  const dir = project(t, { slow: true });
  const { output } = onTerminal(dir, ['big_a.py', '--no-cache', '--format', 'compact', '--progress']);
  assert.match(output, /in 1 file/);
  assert.doesNotMatch(output, /Reviewing|\x1b\[\?25l/);
});

test('the spinner frame is coloured on a terminal, and not with NO_COLOR or --no-color', { skip: !HAS_SCRIPT && 'no script(1)' }, (t) => {
  const dir = project(t, { slow: true });
  const run = (env, args = []) => onTerminal(dir, ['.', '--no-cache', '--jobs', '1', '--progress', '--format', `json=${join(dir, 'out.json')}`, ...args], { env }).output;
  const coloured = run(terminalEnv());
  assert.ok(coloured.includes(SPINNER_TEXT), 'spinner shown');
  assert.match(coloured, /\x1b\[36m[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]\x1b\[0m Reviewing/);
  for (const plain of [run(terminalEnv({ NO_COLOR: '1' })), run(terminalEnv(), ['--no-color'])]) {
    assert.ok(plain.includes(SPINNER_TEXT), 'spinner still shown');
    assert.doesNotMatch(plain, /\x1b\[3\dm/);
  }
});

test('report colour: on a terminal by default, never with NO_COLOR; FORCE_COLOR colours a pipe, FORCE_COLOR=0 a terminal not', { skip: !HAS_SCRIPT && 'no script(1)' }, (t) => {
  const dir = project(t);
  const RED = /\x1b\[31mHIGH/;
  assert.match(onTerminal(dir, ['app.py', '--no-cache']).output, RED);
  assert.doesNotMatch(onTerminal(dir, ['app.py', '--no-cache'], { env: terminalEnv({ NO_COLOR: '1' }) }).output, /\x1b\[3\dm/);
  assert.doesNotMatch(onTerminal(dir, ['app.py', '--no-cache'], { env: terminalEnv({ FORCE_COLOR: '0' }) }).output, /\x1b\[3\dm/);
  assert.doesNotMatch(cli(dir, ['app.py', '--no-cache']).stdout, /\x1b/, 'a pipe gets no colour');
  assert.match(cli(dir, ['app.py', '--no-cache'], terminalEnv({ FORCE_COLOR: '1' })).stdout, RED);
  assert.match(cli(dir, ['app.py', '--no-cache', '--color'], terminalEnv({ NO_COLOR: '1' })).stdout, RED, '--color wins');
});

for (const [name, options] of [
  ['CI is set', { env: terminalEnv({ CI: 'true' }), args: ['--progress'] }],
  ['TERM is dumb', { env: terminalEnv({ TERM: 'dumb' }), args: ['--progress'] }],
  ['--no-progress is given', { args: ['--no-progress'] }],
  ['--quiet is given', { args: ['--quiet', '--progress'] }],
  ['the terminal has no width', { columns: 0, args: ['--progress'] }],
]) {
  test(`on a terminal there is no spinner when ${name}`, { skip: !HAS_SCRIPT && 'no script(1)' }, (t) => {
    const dir = project(t, { slow: true });
    const out = join(dir, 'out.json');
    const { output } = onTerminal(dir, ['.', '--no-cache', '--jobs', '1', '--format', `json=${out}`, ...(options.args ?? [])], options);
    assert.ok(existsSync(out) && JSON.parse(readFileSync(out, 'utf8')).files.scanned === 4, `the review ran to the end: ${JSON.stringify(output.slice(-300))}`);
    assert.doesNotMatch(output, /Reviewing|\x1b\[\?25l/);
  });
}

test('--help lists the formats and shows examples', (t) => {
  const result = cli(project(t), ['--help']);
  assert.equal(result.status, 0);
  assert.match(result.stdout, /compact \| json \| sarif \| github \| gitlab \| markdown/);
  assert.match(result.stdout, /^Examples:$/m);
  assert.match(result.stdout, /--format sarif=review\.sarif/);
  assert.match(result.stdout, /--stats/);
});

test('--help lists every subcommand, with each action of `cache`', (t) => {
  const result = cli(project(t), ['--help']);
  assert.equal(result.status, 0);
  for (const command of ['review', 'install', 'uninstall', 'rules', 'explain', 'baseline', 'init', 'cache info', 'cache clear', 'help']) {
    assert.match(result.stdout, new RegExp(`^  git review-security ${command}\\b`, 'm'), command);
  }
  // And no command the parser knows is missing from it: every command word dispatches (exit 0 or a usage line, never "unknown").
  const usage = cli(project(t), ['cache', 'nonsense']);
  assert.match(usage.stderr, /cache clear\|info/);
});
