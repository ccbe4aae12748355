// Suppression markers: Bandit's `# nosec` forms, Ruff's `# noqa: S…`, ours (`# review-security: ignore[…] -- why`,
// `ignore-file[…]`), on any line of the flagged statement; reasons are never ids; unknown and unused ids are said.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { makeRepo, DIST } from './helpers/git-repo.mjs';

const { analyseSource } = await import(join(DIST, 'engine', 'analyse.js'));
const { RULES } = await import(join(DIST, 'rules', 'index.js'));
const { applyPolicy } = await import(join(DIST, 'policy', 'apply.js'));
const { resolveSettings } = await import(join(DIST, 'config', 'settings.js'));

const ALL = RULES.map((rule) => ({ rule, options: {} }));

/** `flags`: the command line's settings, as src/cli/request.ts makes them (`{ ignoreNosec: true }`). */
function policy(flags = {}) {
  return resolveSettings(flags, { extends: 'strict' }).policy;
}

/** `rule@line` of each finding of `rules`, suppressed ones marked with their marker kind, plus the notices. */
function review(source, { rules = ['subprocess-shell-true', 'eval-used'], options } = {}) {
  const outcome = applyPolicy('app.py', analyseSource(source, ALL), policy(options));
  return {
    findings: outcome.findings.filter((finding) => rules.includes(finding.rule))
      .map((finding) => `${finding.rule}@${finding.line}${finding.suppressed ? ` (${finding.suppressed.kind}${finding.suppressed.reason ? `: ${finding.suppressed.reason}` : ''})` : ''}`),
    notices: outcome.suppressionNotices.map((notice) => `${notice.line}: ${notice.message}`),
  };
}

const CALL = 'subprocess.call(cmd, shell=True)';
const head = 'import subprocess\n';

test('single-line Bandit forms: bare, with ids, with names, with a colon, comma lists', () => {
  for (const marker of ['# nosec', '#nosec', '# nosec B602', '# nosec: B602', '# nosec:B602', '# nosec B602,B607', '# nosec: B607, B602',
    '# nosec subprocess-shell-true', '# nosec subprocess_popen_with_shell_equals_true', '# nosec S602', '# nosec b602',
    '# type: ignore # nosec B602', '# noqa: S602', '# noqa: E501,S602']) {
    assert.deepEqual(review(`${head}${CALL}  ${marker}\n`).findings, [`subprocess-shell-true@2 (${marker.includes('noqa') ? 'noqa' : 'nosec'})`], marker);
  }
});

test('markers for other rules, plain noqa and markers inside strings do not suppress', () => {
  for (const marker of ['# nosec B307', '# nosec eval-used', '# noqa', '# noqa: E501', '# review-security: ignore[eval-used]', '# not nosec']) {
    assert.deepEqual(review(`${head}${CALL}  ${marker}\n`).findings, ['subprocess-shell-true@2'], marker);
  }
  assert.deepEqual(review(`${head}subprocess.call("echo '# nosec'" + cmd, shell=True)\n`).findings, ['subprocess-shell-true@2']);
  // Two statements on neighbouring lines: a marker covers its own statement only.
  assert.deepEqual(review(`${head}x = 1  # nosec\n${CALL}\ny = 2  # nosec\n`).findings, ['subprocess-shell-true@3']);
});

test('our own marker, with a reason; ids of several rules; a reason never becomes ids', () => {
  assert.deepEqual(review(`${head}${CALL}  # review-security: ignore[subprocess-shell-true] -- cmd is a constant list\n`).findings,
    ['subprocess-shell-true@2 (ignore: cmd is a constant list)']);
  assert.deepEqual(review(`${head}eval(subprocess.call(cmd, shell=True))  # review-security: ignore[B602, B307] -- sandboxed\n`).findings,
    ['eval-used@2 (ignore: sandboxed)', 'subprocess-shell-true@2 (ignore: sandboxed)']);
  const reasoned = review(`${head}${CALL}  # nosec B602 - reviewed by security team, ticket SEC-12\n`);
  assert.deepEqual(reasoned.findings, ['subprocess-shell-true@2 (nosec: reviewed by security team, ticket SEC-12)']);
  assert.deepEqual(reasoned.notices, []); // Bandit warns once per word of such a reason
  // Only a reason: a blanket marker (as in Bandit) with its reason, no warnings.
  assert.deepEqual(review(`${head}${CALL}  # nosec -- vetted\n`), { findings: ['subprocess-shell-true@2 (nosec: vetted)'], notices: [] });
  assert.deepEqual(review(`${head}${CALL}  # review-security: ignore -- vetted\n`).findings, ['subprocess-shell-true@2 (ignore: vetted)']);
});

test('unknown ids are reported and never widen the marker to every rule', () => {
  assert.deepEqual(review(`${head}${CALL}  # nosec B999\n`), {
    findings: ['subprocess-shell-true@2'],
    notices: ["2: suppression names an unknown rule 'B999'"],
  });
  assert.deepEqual(review(`${head}${CALL}  # nosec B602, subprocess-shell-tru\n`), {
    findings: ['subprocess-shell-true@2 (nosec)'],
    notices: ["2: suppression names an unknown rule 'subprocess-shell-tru'"],
  });
  assert.deepEqual(review(`${head}${CALL}  # review-security: ignore[not-a-rule]\n`).notices, ["2: suppression names an unknown rule 'not-a-rule'"]);
  assert.deepEqual(review(`${head}${CALL}  # nosec b999 -- typo\n`), { findings: ['subprocess-shell-true@2'], notices: ["2: suppression names an unknown rule 'b999'"] });

  // Mistyped codes (letter O for zero, a digit short) are ids we do not know, not the start of a reason (issue 17).
  for (const typo of ['B6O2', 'B60', 'S6O2', 'B60X']) {
    assert.deepEqual(review(`${head}${CALL}  # nosec ${typo}\n`), { findings: ['subprocess-shell-true@2'], notices: [`2: suppression names an unknown rule '${typo}'`] }, typo);
  }
  assert.deepEqual(review(`${head}${CALL}  # nosec: B6O7, B602\n`).findings, ['subprocess-shell-true@2 (nosec)']);
});

test('multi-line call: a marker on the first, a middle or the last line', () => {
  const lines = ['subprocess.call(', '    cmd,', '    shell=True,', ')'];
  for (let at = 0; at < lines.length; at++) {
    const source = head + lines.map((line, index) => (index === at ? `${line}  # nosec B602` : line)).join('\n') + '\n';
    assert.deepEqual(review(source).findings, ['subprocess-shell-true@4 (nosec)'], `marker on line ${at + 2}`);
  }
  // The statement ends with the call: the next statement's marker does not reach back.
  assert.deepEqual(review(`${head}${lines.join('\n')}\nx = 1  # nosec\n`).findings, ['subprocess-shell-true@4']);
});

test('multi-line string: a marker on the opening line or after the closing quotes', () => {
  // `+ x`: a constant expression is shown only by --profile audit.
  const body = ['query = eval("""', '    1 +', '    2', '""" + x)'];
  assert.deepEqual(review(`${body.join('\n')}  # nosec B307\n`).findings, ['eval-used@1 (nosec)']);
  assert.deepEqual(review(`query = eval(  # nosec B307\n    """\n    1 + 2\n    """ + x)\n`).findings, ['eval-used@1 (nosec)']);
  // `# nosec` written inside the string is text, not a marker.
  assert.deepEqual(review(`query = eval("""  # nosec B307\n    1\n""" + x)\n`).findings, ['eval-used@1']);
  assert.deepEqual(review(`x = (  # nosec\n    eval(f"""\n{y}\n""")\n)\n`).findings, ['eval-used@2 (nosec)']);
});

test('decorators: a marker on the def line covers the decorator, one on the decorator covers the def line', () => {
  assert.deepEqual(review('import functools\n@functools.lru_cache(eval(size))\ndef f():  # nosec B307\n    pass\n').findings, ['eval-used@2 (nosec)']);
  assert.deepEqual(review('@decorator  # nosec B307\ndef f(a=eval(x)):\n    pass\n').findings, ['eval-used@2 (nosec)']);
  assert.deepEqual(review('@decorator\nclass A(Base):\n    size = eval(x)  # nosec B307\n').findings, ['eval-used@3 (nosec)']);
  // A marker on the decorator does not reach into the body.
  assert.deepEqual(review('@decorator  # nosec\ndef f():\n    return eval(x)\n').findings, ['eval-used@3']);
});

test('file-level ignore-file[ids] silences those rules in the whole file; without ids it is reported', () => {
  const source = `# review-security: ignore-file[eval-used] -- generated parser tables\n${head}eval(a)\n${CALL}\n\ndef g():\n    return eval(b)\n`;
  assert.deepEqual(review(source).findings, ['eval-used@3 (ignore-file: generated parser tables)', 'subprocess-shell-true@4', 'eval-used@7 (ignore-file: generated parser tables)']);
  assert.deepEqual(review(`# review-security: ignore-file\n${head}${CALL}\n`), {
    findings: ['subprocess-shell-true@3'],
    notices: ['1: ignore-file needs rule ids, e.g. `# review-security: ignore-file[assert-used]`; this marker does nothing'],
  });
});

test('--ignore-nosec reports everything', () => {
  assert.deepEqual(review(`${head}${CALL}  # nosec\neval(x)  # review-security: ignore[eval-used]\n`, { options: { ignoreNosec: true } }).findings,
    ['subprocess-shell-true@2', 'eval-used@3']);
});

test('--report-unused-suppressions: markers or ids that silenced nothing in their statement', () => {
  const source = [
    'import subprocess',
    'x = 1  # nosec',
    'subprocess.call(  # nosec B602, B307',
    '    cmd,',
    '    shell=True,  # nosec B602',
    ')',
    'eval(y)  # review-security: ignore[eval-used] -- constant',
    '# review-security: ignore-file[B101]',
  ].join('\n');
  const { findings, notices } = review(source, { options: { reportUnusedSuppressions: true } });
  assert.deepEqual(findings, ['subprocess-shell-true@5 (nosec)', 'eval-used@7 (ignore: constant)']);
  assert.deepEqual(notices, [
    '2: unused suppression: no finding in this statement to silence',
    '3: unused suppression: no eval-used finding in this statement',
    '8: unused suppression: no assert-used finding in this file',
  ]);
  assert.deepEqual(review(source).notices, []); // off by default
});

test('end to end: suppressed findings are in JSON with "suppressed": true, counted in the compact summary, never blocking', (t) => {
  const repo = makeRepo(t);
  // A command typed at a prompt: the finding would block without its marker.
  repo.write('app.py', `${head}subprocess.call(input(), shell=True)  # nosec B602 -- reviewed\neval(y)  # nosec B999\nx = 1  # nosec\n`);
  const json = repo.cli('--format', 'json', '--no-cache', 'app.py');
  assert.equal(json.status, 0, json.output);
  const report = JSON.parse(json.stdout);
  const shell = report.findings.find((finding) => finding.rule === 'subprocess-shell-true');
  assert.equal(shell.suppressed, true);
  assert.deepEqual(shell.suppression, { kind: 'nosec', reason: 'reviewed' });
  assert.equal(shell.blocking, false);
  const compact = repo.cli('--no-cache', '--report-unused-suppressions', 'app.py');
  assert.match(compact.stdout, /^app\.py:3: suppression names an unknown rule 'B999'$/m);
  assert.match(compact.stdout, /^app\.py:4: unused suppression: no finding in this statement to silence$/m);
  assert.match(compact.stdout, /^not listed: 1 finding suppressed by markers$/m);
  assert.doesNotMatch(compact.stdout, /subprocess-shell-true/);
  const everything = repo.cli('--no-cache', '--ignore-nosec', 'app.py');
  assert.equal(everything.status, 1);
  assert.match(everything.stdout, /subprocess-shell-true/);
});
