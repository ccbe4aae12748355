// Bypasses (issue 17): code written to slip a real vulnerability past the hook. Every snippet is committed with the
// installed hook and the real `git commit` in a fresh repository, and the commit must be blocked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeRepo } from './helpers/git-repo.mjs';

/** A repo with the hook installed by `git review-security install`. */
function hookedRepo(t) {
  const repo = makeRepo(t);
  const installed = repo.cli('install');
  assert.equal(installed.status, 0, installed.stderr);
  return repo;
}

/** `git commit` through the hook must fail, name the rule, and leave HEAD where it was. */
function assertCommitBlocked(repo, rule, message = 'bypass attempt') {
  const head = repo.git('rev-parse', '-q', '--verify', 'HEAD', { allowFailure: true }).stdout;
  const result = repo.commit(message);
  assert.equal(result.status, 1, result.output);
  assert.match(result.output, /commit blocked/, result.output);
  assert.match(result.output, new RegExp(`\\b${rule}\\b`), result.output);
  assert.equal(repo.git('rev-parse', '-q', '--verify', 'HEAD', { allowFailure: true }).stdout, head, 'no commit was made');
  return result;
}

/**
 * Snippets that hide a call's arguments or spell a name as Python normalises it; each must block as written. The command
 * comes from input(): outside input blocks, where a parameter is shown without blocking.
 */
const SNIPPETS = [
  { name: 'star-args into a subprocess call with shell=True', rule: 'subprocess-shell-true', code: 'import subprocess\n\ndef run():\n    cmd = input()\n    subprocess.check_output(*[cmd], shell=True)\n' },
  { name: 'star-args into os.system', rule: 'start-process-with-shell', code: 'import os\n\ndef run():\n    cmd = input()\n    os.system(*[cmd])\n' },
  { name: 'star-args from a tuple into os.system', rule: 'start-process-with-shell', code: 'import os\n\ndef run():\n    cmd = input()\n    os.system(*(cmd,))\n' },
  { name: 'shell=True in a **{...} literal dict', rule: 'subprocess-shell-true', code: 'import subprocess\n\ndef run():\n    a = input()\n    subprocess.Popen(*a, **{"shell": True})\n' },
  { name: 'shell=True in a **dict(...) call', rule: 'subprocess-shell-true', code: 'import subprocess\n\ndef run():\n    cmd = input()\n    subprocess.call(cmd, **dict(shell=True))\n' },
  { name: 'fullwidth module name (NFKC: ｏs → os)', rule: 'start-process-with-shell', code: 'import os\n\ndef run():\n    c = input()\n    \uff4fs.system(c)\n' },
  { name: 'mathematical bold function name (NFKC: 𝐬ystem → system)', rule: 'start-process-with-shell', code: 'import os\n\ndef run():\n    c = input()\n    os.\u{1d42c}ystem(c)\n' },
  { name: 'fullwidth keyword argument (NFKC: ｓhell → shell)', rule: 'subprocess-shell-true', code: 'import subprocess\n\ndef run():\n    c = input()\n    subprocess.call(c, \uff53hell=True)\n' },
  { name: 'fullwidth import alias', rule: 'start-process-with-shell', code: 'import os as \uff4f\n\ndef run():\n    c = input()\n    o.system(c)\n' },
  { name: 'a mistyped id in # nosec (B6O2) silences nothing', rule: 'start-process-with-shell', code: 'import os\n\ndef run():\n    c = input()\n    os.system(c)  # nosec B6O2\n' },
  { name: 'a mistyped id among good ones in # nosec', rule: 'start-process-with-shell', code: 'import os\n\ndef run():\n    c = input()\n    os.system(c)  # nosec: B6O5 B607\n' },
];

for (const snippet of SNIPPETS) {
  test(`bypass blocked: ${snippet.name}`, (t) => {
    const repo = hookedRepo(t);
    repo.write('app.py', snippet.code);
    repo.git('add', 'app.py');
    assertCommitBlocked(repo, snippet.rule);
  });
}

test('bypass blocked: fullwidth eval (NFKC: ｅval → eval) is eval-used, blocking at --fail-on medium', (t) => {
  const repo = hookedRepo(t);
  repo.write('.review-securityrc.json', '{"failOn": {"severity": "medium"}}\n');
  repo.write('app.py', 'def run():\n    c = input()\n    \uff45val(c)\n');
  repo.git('add', '.');
  assertCommitBlocked(repo, 'eval-used');
});

test('a mistyped id in a marker is reported as unknown', (t) => {
  const repo = hookedRepo(t);
  repo.write('app.py', 'import os\n\ndef run():\n    c = input()\n    os.system(c)  # nosec B6O2\n');
  repo.git('add', 'app.py');
  const result = assertCommitBlocked(repo, 'start-process-with-shell');
  assert.match(result.output, /unknown rule 'B6O2'/);
});

test('bypass blocked: --new-only does not take a tainted command for the constant one it replaces', (t) => {
  const repo = hookedRepo(t);
  repo.write('app.py', 'import os\nimport sys\n\nCMD = "ls"\nos.system(CMD)\n');
  repo.git('add', 'app.py');
  assert.equal(repo.commit('constant command').status, 0);
  repo.write('app.py', 'import os\nimport sys\n\nCMD = sys.argv[1]\nos.system(CMD)\n');
  repo.git('add', 'app.py');
  assertCommitBlocked(repo, 'start-process-with-shell');
});

test('bypass blocked: the baseline does not take a tainted command for the constant one it recorded', (t) => {
  const repo = hookedRepo(t);
  repo.write('app.py', 'import os\nimport sys\n\nCMD = "ls"\nos.system(CMD)\n');
  const recorded = repo.cli('baseline', '--all');
  assert.equal(recorded.status, 0, recorded.output);
  repo.git('add', '.');
  assert.equal(repo.commit('constant command with baseline').status, 0);
  repo.write('app.py', 'import os\nimport sys\n\nCMD = sys.argv[1]\nos.system(CMD)\n');
  repo.git('add', 'app.py');
  // --new-only would see the same thing; the baseline alone must not hide it either.
  const result = repo.cli('--no-new-only');
  assert.equal(result.status, 1, result.output);
  assert.match(result.output, /HIGH +start-process-with-shell/);
  assertCommitBlocked(repo, 'start-process-with-shell');
});

test('bypass blocked: a .py symlink to a committed file is reviewed as its target', (t) => {
  const repo = hookedRepo(t);
  repo.write('impl.txt', 'import os\n\ndef run():\n    c = input()\n    os.system(c)\n');
  repo.symlink('impl.txt', 'app.py');
  repo.git('add', '.');
  const result = assertCommitBlocked(repo, 'start-process-with-shell');
  assert.match(result.output, /^app\.py:5:5 /m, 'reported under the link\'s path');
});

test('bypass blocked: changing the target of a committed .py symlink is reviewed', (t) => {
  const repo = hookedRepo(t);
  repo.write('lib/impl.txt', 'def run(c):\n    return c\n');
  repo.symlink('lib/impl.txt', 'app.py');
  repo.git('add', '.');
  assert.equal(repo.commit('harmless').status, 0);
  repo.write('lib/impl.txt', 'import os\n\ndef run():\n    c = input()\n    os.system(c)\n');
  repo.git('add', '.');
  assertCommitBlocked(repo, 'start-process-with-shell');
});

test('a normalised name is matched as Python reads it and shown as written', (t) => {
  const repo = makeRepo(t);
  repo.write('app.py', 'import os\n\ndef run():\n    c = input()\n    \uff4fs.system(c)\n');
  repo.git('add', 'app.py');
  const result = repo.cli('--no-cache', '--show-source');
  assert.equal(result.status, 1, result.output);
  assert.match(result.stdout, /^app\.py:5:5 +HIGH +start-process-with-shell/m);
  assert.match(result.stdout, /^ {4}\uff4fs\.system\(c\)$/m, 'the source line as written');
});
