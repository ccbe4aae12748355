// `--profile audit` (every rule, test code as any code, constant and sanitised sinks shown at low confidence) and
// one finding per problem (same-category rules flagging the same code merge, aliases joined).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArgs } from '../dist/cli/args.js';
import { resolveSettings } from '../dist/config/settings.js';
import { commandLineSettings } from '../dist/cli/request.js';
import { analyseSource } from '../dist/engine/analyse.js';
import { applyPolicy } from '../dist/policy/apply.js';
import { RULES } from '../dist/rules/index.js';
import { ALL_RULES } from './helpers/analyse.mjs';

/** Settings as the CLI resolves them from these arguments, without a config file. */
function settingsFor(argv) {
  return resolveSettings(commandLineSettings(parseArgs(argv)));
}

function reviewed(source, argv = []) {
  const settings = settingsFor(argv);
  return applyPolicy('app/views.py', analyseSource(source, ALL_RULES), settings.policy).findings;
}

test('--profile audit turns every rule on and treats test code as any other code', () => {
  const audit = settingsFor(['--profile', 'audit']);
  assert.deepEqual(audit.rules.map(({ rule }) => rule.id).sort(), RULES.map((rule) => rule.id).sort());
  assert.equal(audit.policy.audit, true);
  assert.equal(audit.policy.testCode.policy, 'same');
  const full = settingsFor([]);
  assert.ok(!full.rules.some(({ rule }) => rule.id === 'import-subprocess'), 'the recommended preset leaves import-subprocess off');
  assert.equal(full.policy.audit, false);
  // An explicit test-code policy still wins.
  assert.equal(settingsFor(['--profile', 'audit', '--test-code', 'skip']).policy.testCode.policy, 'skip');
});

test('a constant sink is shown only by --profile audit, at low severity and confidence, never blocking', () => {
  const source = 'import subprocess\nsubprocess.call("ls -l | wc -l", shell=True)\nLIMIT = eval("2 ** 10")\n';
  assert.deepEqual(reviewed(source).filter((finding) => finding.category !== 'command-injection' || finding.rule === 'subprocess-shell-true'), []);
  const audited = reviewed(source, ['--profile', 'audit']).filter((finding) => ['subprocess-shell-true', 'eval-used'].includes(finding.rule));
  assert.deepEqual(audited.map((finding) => `${finding.line} ${finding.rule} ${finding.severity}/${finding.confidence} ${finding.blocking}`),
    ['2 subprocess-shell-true low/low false', '3 eval-used low/low false']);
  assert.match(audited[1].message, /a constant \(shown by --profile audit\)$/);
});

test('a sanitised value is shown only by --profile audit', () => {
  const source = 'import shlex, subprocess\nfrom flask import request\ndef ping():\n    return subprocess.check_output("ping " + shlex.quote(request.args["h"]), shell=True)\n';
  assert.deepEqual(reviewed(source).filter((finding) => finding.rule === 'subprocess-shell-true'), []);
  const [audited] = reviewed(source, ['--profile', 'audit']).filter((finding) => finding.rule === 'subprocess-shell-true');
  assert.equal(`${audited.severity}/${audited.confidence}`, 'low/low');
  assert.match(audited.message, /checked or sanitised value/);
});

const MARK_SAFE = 'from django.utils.safestring import mark_safe\ndef greet(name):\n    return mark_safe("<b>%s</b>" % name)\n';

test('one call, two rules of one category (mark_safe: B308 and B703): one finding with both rules\' aliases', () => {
  const findings = reviewed(MARK_SAFE, ['--profile', 'audit']).filter((finding) => finding.category === 'xss');
  assert.equal(findings.length, 1);
  const [finding] = findings;
  assert.deepEqual([finding.rule, ...finding.alsoRules].sort(), ['django-mark-safe', 'mark-safe-used']);
  for (const alias of ['B308', 'B703', 'S308']) assert.ok(finding.aliases.includes(alias), `${alias} in ${finding.aliases}`);
});

test('a marker naming one of the rules leaves the other\'s finding on its own', () => {
  const source = MARK_SAFE.replace('% name)', '% name)  # nosec B308');
  const findings = reviewed(source, ['--profile', 'audit']).filter((finding) => finding.category === 'xss');
  assert.deepEqual(findings.map((finding) => `${finding.rule} ${finding.suppressed ? 'suppressed' : 'shown'}`).sort(),
    ['django-mark-safe shown', 'mark-safe-used suppressed']);
  assert.ok(!findings.some((finding) => finding.alsoRules));
});

test('the same rule on nested calls stays two findings; other categories never merge', () => {
  const source = 'from flask import request\ndef f():\n    return eval(eval(request.args["x"]))\n';
  const evals = reviewed(source).filter((finding) => finding.rule === 'eval-used');
  assert.equal(evals.length, 2);
  const mixed = reviewed('import pickle, subprocess\ndef f(b):\n    subprocess.call(pickle.loads(b), shell=True)\n');
  assert.deepEqual(mixed.filter((finding) => ['pickle-load', 'subprocess-shell-true'].includes(finding.rule)).map((finding) => finding.rule).sort(), ['pickle-load', 'subprocess-shell-true']);
});

test('--profile audit shows what Bandit reports and the default keeps back: B703 on constants, B704 on a constant name, B105 placeholders, import_module(name=...)', () => {
  const source = [
    'import importlib',
    'from django.utils.safestring import mark_safe',
    'from markupsafe import Markup',
    'BANNER = "<b>maintenance</b>"',
    'banner = mark_safe(BANNER)',
    'notice = Markup(BANNER)',
    'literal = Markup("<i>ok</i>")',
    'password = ""',
    'codec = importlib.import_module(name="pickle")',
  ].join('\n');
  const line = (finding) => `${finding.line} ${[finding.rule, ...(finding.alsoRules ?? [])].sort().join('+')} ${finding.severity}/${finding.confidence} ${finding.blocking}`;
  const wanted = new Set(['django-mark-safe', 'markupsafe-markup-xss', 'hardcoded-password-string', 'import-pickle']);
  const relevant = (findings) => findings.filter((finding) => [finding.rule, ...(finding.alsoRules ?? [])].some((rule) => wanted.has(rule)));
  assert.deepEqual(relevant(reviewed(source)).map(line), []);
  assert.deepEqual(relevant(reviewed(source, ['--profile', 'audit'])).map(line), [
    '5 django-mark-safe+mark-safe-used low/high false',
    '6 markupsafe-markup-xss low/low false',
    '8 hardcoded-password-string low/low false',
    '9 import-pickle low/high false',
  ]);
});
