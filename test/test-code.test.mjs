// Test-code policy end to end through the CLI on temporary folders: which files count as test code (path and
// content signals), what the default policy turns off, drops or keeps, and that mock expectations and patch
// targets are never read as calls.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli.cjs');
const dirs = [];
after(() => { for (const dir of dirs) rmSync(dir, { recursive: true, force: true }); });

function project(files) {
  const dir = mkdtempSync(join(tmpdir(), 'review-test-code-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function review(dir, ...flags) {
  const run = spawnSync(process.execPath, [CLI, '.', '--format', 'json', '--no-cache', '--no-config', ...flags], { cwd: dir, encoding: 'utf8' });
  assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr}`);
  return { status: run.status, report: JSON.parse(run.stdout) };
}

const findingsIn = (report, path) => report.findings.filter((finding) => finding.path === path).map((finding) => `${finding.line} ${finding.rule} ${finding.severity}`);

const TEST_FILE = [
  'import subprocess',                                                           // 1
  'from unittest import mock',                                                   // 2
  '',                                                                            // 3
  '',                                                                            // 4
  'class RunnerTest:',                                                           // 5
  "    @mock.patch('subprocess.call')",                                          // 6
  '    def test_runs(self, call):',                                              // 7
  '        cmd = input()',                                                       // 8
  '        subprocess.call(cmd, shell=True)',                                    // 9
  "        connect(user='admin', password='hunter2xyz')",                        // 10
  '        assert call.called',                                                  // 11
  "        call.assert_called_once_with('ls ' + cmd, shell=True)",               // 12
  "        self.assertEqual(call.call_args, mock.call('rm -rf ' + cmd, shell=True))", // 13
  "        with mock.patch.object(subprocess, 'Popen') as popen:",               // 14
  "            popen.assert_has_calls([mock.call('echo ' + cmd, shell=True)])", // 15
  '',
].join('\n');

// Commands typed at a prompt (input()): outside input, so the shell sinks block outside test code.
const APP_FILE = 'from subprocess import call\n\n\ndef run(cmd):\n    call("ls " + input(), shell=True)\n';

test('default policy: findings in test code drop one level and say why; asserts and fake credentials are off', () => {
  const dir = project({ 'tests/test_runner.py': TEST_FILE, 'app/run.py': APP_FILE });
  const { status, report } = review(dir);
  assert.equal(status, 1, 'the application file still blocks');
  assert.deepEqual(findingsIn(report, 'tests/test_runner.py'), ['9 subprocess-shell-true medium']);
  const [finding] = report.findings.filter((candidate) => candidate.path === 'tests/test_runner.py');
  assert.equal(finding.downgraded, 'test code (test path)');
  assert.equal(finding.blocking, false);
  assert.deepEqual(findingsIn(report, 'app/run.py'), ['5 subprocess-shell-true high'], '`from subprocess import call` is not mock.call');
  assert.deepEqual(report.testCode, [{ path: 'tests/test_runner.py', reason: 'test path' }]);
});

test('compact report counts the non-blocking findings of test code instead of listing them; --test-code same lists them', () => {
  const dir = project({ 'tests/test_runner.py': TEST_FILE });
  const run = spawnSync(process.execPath, [CLI, '.', '--no-cache', '--no-config', '--no-color'], { cwd: dir, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.doesNotMatch(run.stdout, /subprocess-shell-true/);
  assert.match(run.stdout, /^review-security: no security defects detected in 1 file; \d+ downgraded findings? in test code not listed$/m);
  const json = spawnSync(process.execPath, [CLI, '.', '--no-cache', '--no-config', '-f', 'json'], { cwd: dir, encoding: 'utf8' });
  const downgraded = JSON.parse(json.stdout).findings.find((finding) => finding.rule === 'subprocess-shell-true');
  assert.equal(downgraded.severity, 'medium', 'machine formats keep every finding, with its downgrade');
  assert.equal(downgraded.downgraded, 'test code (test path)');
  const same = spawnSync(process.execPath, [CLI, '.', '--no-cache', '--no-config', '--no-color', '--test-code', 'same'], { cwd: dir, encoding: 'utf8' });
  assert.match(same.stdout, /tests\/test_runner\.py:9:\d+\s+HIGH\s+subprocess-shell-true /);
});

test('a blocking finding in test code is listed: a live provider credential keeps its level there', () => {
  const dir = project({ 'tests/test_live_key.py': 'import boto3\n\ndef test_client():\n    boto3.client("s3", aws_access_key_id="AKIASOME2YFJVBGSCXJU")\n' });
  const run = spawnSync(process.execPath, [CLI, '.', '--no-cache', '--no-config', '--no-color'], { cwd: dir, encoding: 'utf8' });
  assert.equal(run.status, 1, run.stdout + run.stderr);
  assert.match(run.stdout, /tests\/test_live_key\.py:4:\d+\s+HIGH\s+hardcoded-provider-secret /);
  assert.doesNotMatch(run.stdout, /AKIASOME2YFJVBGSCXJU/);
});

test('mock expectations and patch targets are not calls, with --test-code same too', () => {
  const dir = project({ 'tests/test_runner.py': TEST_FILE });
  const { report } = review(dir, '--test-code', 'same');
  const lines = report.findings.filter((finding) => finding.rule === 'subprocess-shell-true').map((finding) => finding.line);
  assert.deepEqual(lines, [9], 'lines 6 and 12-15 only describe calls');
});

test('--test-code same keeps levels (and blocks); skip drops test code entirely', () => {
  const dir = project({ 'tests/test_runner.py': TEST_FILE });
  const same = review(dir, '--test-code', 'same');
  assert.equal(same.status, 1);
  assert.ok(same.report.findings.some((finding) => finding.rule === 'subprocess-shell-true' && finding.severity === 'high' && !finding.downgraded));
  assert.ok(same.report.findings.some((finding) => finding.rule === 'assert-used'));
  assert.ok(same.report.findings.some((finding) => finding.rule === 'hardcoded-password-funcarg' && finding.line === 10));
  const skip = review(dir, '--test-code', 'skip');
  assert.equal(skip.status, 0);
  assert.deepEqual(skip.report.findings, []);
});

test('content signals: a helper module outside tests/ that imports a mock library or defines pytest tests is test code', () => {
  const dir = project({
    'pkg/fakes.py': 'from unittest import mock\nimport subprocess\n\ndef run(cmd):\n    subprocess.call(input(), shell=True)\n',
    'pkg/runner.py': 'import unittest\nimport subprocess\n\ndef run(cmd):\n    subprocess.call(input(), shell=True)\n',
    'pkg/checks.py': 'import subprocess\n\nclass TestShell:\n    def test_echo(self, cmd):\n        subprocess.call(input(), shell=True)\n',
    'pkg/service.py': 'import subprocess\n\ndef test_connection(cmd):\n    subprocess.call(input(), shell=True)\n',
  });
  const { report } = review(dir);
  const reasons = Object.fromEntries(report.testCode.map((entry) => [entry.path, entry.reason]));
  assert.deepEqual(reasons, { 'pkg/fakes.py': 'imports unittest.mock', 'pkg/checks.py': 'defines a TestCase subclass' });
  assert.deepEqual(findingsIn(report, 'pkg/runner.py'), ['5 subprocess-shell-true high'], 'importing unittest alone (a test runner) is not test code');
  assert.deepEqual(findingsIn(report, 'pkg/service.py'), ['4 subprocess-shell-true high'], 'a health check named test_* is production code');
});

test('configured test globs replace the defaults', () => {
  const dir = project({
    'qa/smoke.py': 'import subprocess\n\ndef run(cmd):\n    subprocess.call(input(), shell=True)\n',
    '.review-securityrc.json': JSON.stringify({ testCode: { paths: ['qa/**'] } }),
  });
  const run = spawnSync(process.execPath, [CLI, '.', '--format', 'json', '--no-cache'], { cwd: dir, encoding: 'utf8' });
  const report = JSON.parse(run.stdout);
  assert.deepEqual(findingsIn(report, 'qa/smoke.py'), ['4 subprocess-shell-true medium']);
});

test('files reviewed from outside the current directory still match test paths', () => {
  const dir = project({ 'repo/tests/test_x.py': 'import subprocess\n\ndef helper(cmd):\n    subprocess.call(input(), shell=True)\n', 'elsewhere/.keep': '' });
  const run = spawnSync(process.execPath, [CLI, '../repo', '--format', 'json', '--no-cache', '--no-config'], { cwd: join(dir, 'elsewhere'), encoding: 'utf8' });
  const report = JSON.parse(run.stdout);
  assert.deepEqual(report.findings.map((finding) => [finding.path, finding.severity]), [['../repo/tests/test_x.py', 'medium']]);
});

// The same harness code in a test file and in an application file: tests report nothing, the application all of it.
const HARNESS = [
  'import hashlib, os, random, tempfile',                                          // 1
  'import requests',                                                               // 2
  'KEY = """-----BEGIN RSA PRIVATE KEY-----',                                      // 3
  'MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq',  // 4
  '0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxKLxoS2tFczGkPLPgizskuemMg',  // 5
  '-----END RSA PRIVATE KEY-----"""',                                              // 6
  '',                                                                              // 7
  '',                                                                              // 8
  'def expected(expr):',                                                           // 9
  '    return eval(expr)',                                                         // 10
  '',                                                                              // 11
  '',                                                                              // 12
  'def harness(server):',                                                          // 13
  '    scratch = tempfile.mktemp(dir="/tmp/harness")',                             // 14
  '    os.chmod(scratch, 0o777)',                                                  // 15
  '    requests.get("http://api.partner-example.com/health", verify=False)',     // 16
  '    token = hashlib.md5(str(random.random()).encode()).hexdigest()',            // 17
  '    server.bind(("0.0.0.0", 8000))',                                            // 18
  '    try:',                                                                      // 19
  '        os.remove(scratch)',                                                    // 20
  '    except Exception:',                                                         // 21
  '        pass',                                                                  // 22
  '    return token',                                                              // 23
  '',
].join('\n');

test('default policy: harness hygiene and key fixtures in test code are off, and reported in application code', () => {
  const dir = project({ 'tests/test_harness.py': HARNESS, 'app/harness.py': HARNESS });
  const { report } = review(dir);
  assert.deepEqual(findingsIn(report, 'tests/test_harness.py'), ['10 eval-used low'], 'code execution stays, downgraded');
  const rules = new Set(report.findings.filter((finding) => finding.path === 'app/harness.py').map((finding) => finding.rule));
  for (const rule of ['hardcoded-provider-secret', 'eval-used', 'mktemp', 'bad-file-permissions', 'requests-verify-false',
    'cleartext-http-request', 'insecure-hashlib', 'weak-random', 'bind-all-interfaces', 'try-except-pass']) {
    assert.ok(rules.has(rule), `app/harness.py: ${rule} missing from ${[...rules].join(', ')}`);
  }
});
