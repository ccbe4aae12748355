// Bad config is one line on stderr naming the file, the position or key path, what was expected and a
// suggestion for typos, and exit 2. The schema itself is valid JSON Schema and accepts the shipped examples.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse as parseToml } from 'smol-toml';
import { makeRepo, VULNERABLE, PROJECT_ROOT, DIST } from './helpers/git-repo.mjs';

const { validateConfig } = await import(join(DIST, 'config', 'validate.js'));
const { FORMATS } = await import(join(DIST, 'report', 'index.js'));

/** Writes `file` with `content` in a fresh repo and reviews app.py; returns the CLI result. */
function withConfig(t, file, content, args = []) {
  const repo = makeRepo(t);
  repo.write('app.py', VULNERABLE);
  repo.write(file, content);
  return repo.cli('--no-cache', ...args, 'app.py');
}

function assertOneLineError(result, expected) {
  assert.equal(result.status, 2, result.output);
  assert.equal(result.stdout, '');
  const lines = result.stderr.trim().split('\n');
  assert.equal(lines.length, 1, result.stderr);
  if (typeof expected === 'string') assert.equal(lines[0], `git-review-security: ${expected}`);
  else assert.match(lines[0], expected);
  assert.doesNotMatch(result.stderr, /\bat .*\.js:\d+/); // no stack trace
}

test('malformed TOML, JSON and YAML: file, line and column, exit 2', (t) => {
  assertOneLineError(withConfig(t, 'pyproject.toml', '[tool.review-security]\nrules = { B602 = "off"\nexclude = []\n'),
    'pyproject.toml:3:1: invalid TOML: expected comma or end of structure');
  assertOneLineError(withConfig(t, '.review-securityrc.json', '{\n  "rules": {\n    "B602": "off",\n  }\n}\n'),
    'git-review-security: .review-securityrc.json:4:3: invalid JSON: Expected double-quoted property name'.replace('git-review-security: ', ''));
  assertOneLineError(withConfig(t, '.review-securityrc.yaml', 'rules:\n  B602: off\n   exclude: [\n'),
    '.review-securityrc.yaml:3:11: invalid YAML: bad indentation of a mapping entry');
  assertOneLineError(withConfig(t, 'package.json', '{"name": "x",, }'), /^git-review-security: package\.json:1:14: invalid JSON: /);
  // A broken Bandit pyproject.toml is reported too, not silently ignored.
  assertOneLineError(withConfig(t, 'pyproject.toml', '[tool.bandit]\nskips = ["B101"\n'), /^git-review-security: pyproject\.toml:3:1: invalid TOML: /);
});

test('an unknown key names its path and suggests the key meant', (t) => {
  assertOneLineError(withConfig(t, '.review-securityrc.json', JSON.stringify({ ruels: { B602: 'off' } })),
    ".review-securityrc.json: ruels: unknown key; did you mean 'rules'?");
  assertOneLineError(withConfig(t, 'pyproject.toml', '[tool.review-security.failOn]\nseverty = "high"\n'),
    "pyproject.toml: tool.review-security.failOn.severty: unknown key; did you mean 'severity'?");
  assertOneLineError(withConfig(t, 'package.json', JSON.stringify({ 'review-security': { excludes: ['x'] } })),
    "package.json: review-security.excludes: unknown key; did you mean 'exclude'?");
  // Nothing close: the keys that exist are listed instead.
  assertOneLineError(withConfig(t, '.review-securityrc.json', JSON.stringify({ colour: true })),
    /^git-review-security: \.review-securityrc\.json: colour: unknown key \(expected one of: extends, rules, failOn, .*\)$/);
});

test('wrong values say what was expected, with a suggestion for near-miss words', (t) => {
  assertOneLineError(withConfig(t, '.review-securityrc.json', JSON.stringify({ rules: { B602: 'of' } })),
    `.review-securityrc.json: rules.B602: expected one of "off", "on", got "of"; did you mean 'off'?`);
  assertOneLineError(withConfig(t, '.review-securityrc.json', JSON.stringify({ rules: { B602: 3 } })),
    /rules\.B602: expected one of "off", "on" or an object with keys enabled, severity, confidence, options, got 3$/);
  assertOneLineError(withConfig(t, '.review-securityrc.json', JSON.stringify({ rules: { B602: { severity: 'hgih' } } })),
    `.review-securityrc.json: rules.B602.severity: expected one of "low", "medium", "high", got "hgih"; did you mean 'high'?`);
  assertOneLineError(withConfig(t, '.review-securityrc.json', JSON.stringify({ exclude: 'tests' })),
    '.review-securityrc.json: exclude: expected a list of strings, got "tests"');
  assertOneLineError(withConfig(t, '.review-securityrc.json', JSON.stringify({ overrides: [{ rules: { B602: 'off' } }] })),
    ".review-securityrc.json: overrides[0]: missing required key 'files'");
  assertOneLineError(withConfig(t, '.review-securityrc.json', JSON.stringify({ overrides: [{ files: ['a'], rules: { B602: { options: {} } } }] })),
    ".review-securityrc.json: overrides[0].rules.B602.options: unknown key (expected one of: enabled, severity, confidence)");
  assertOneLineError(withConfig(t, '.review-securityrc.json', JSON.stringify({ maxFileBytes: 0, profile: 'quick' })),
    /maxFileBytes: expected a number ≥ 1, got 0 \(and 1 more problem\)$/);
});

test('unknown rule ids and aliases are rejected with the closest id; rule options are checked against the rule', (t) => {
  assertOneLineError(withConfig(t, 'pyproject.toml', '[tool.review-security.rules]\nB6022 = "off"\n'),
    "pyproject.toml: tool.review-security.rules.B6022: unknown rule id, alias or category; did you mean 'B602'?");
  assertOneLineError(withConfig(t, '.review-securityrc.json', JSON.stringify({ rules: { 'subprocess-shell-tru': 'off' } })),
    ".review-securityrc.json: rules.subprocess-shell-tru: unknown rule id, alias or category; did you mean 'subprocess-shell-true'?");
  assertOneLineError(withConfig(t, '.review-securityrc.json', JSON.stringify({ overrides: [{ files: ['tests'], rules: { S999: 'off' } }] })),
    /^git-review-security: \.review-securityrc\.json: overrides\[0\]\.rules\.S999: unknown rule id, alias or category/);
  assertOneLineError(withConfig(t, '.review-securityrc.json', JSON.stringify({ rules: { B602: { options: { functoins: [] } } } })),
    ".review-securityrc.json: rules.B602.options.functoins: rule subprocess-shell-true has no option 'functoins'; did you mean 'functions'?");
  assertOneLineError(withConfig(t, '.review-securityrc.json', JSON.stringify({ rules: { B602: { options: { functions: 'subprocess.run' } } } })),
    '.review-securityrc.json: rules.B602.options.functions: expected a list of strings, got "subprocess.run"');
  assertOneLineError(withConfig(t, '.review-securityrc.json', JSON.stringify({ rules: { 'shell-wrapper-unsafe': { options: { wrappers: ['corp.proc.sh:use_shell', 'run command'] } } } })),
    '.review-securityrc.json: rules.shell-wrapper-unsafe.options.wrappers[1]: expected an entry like "mypkg.proc.run:use_shell", got "run command"');
  assertOneLineError(withConfig(t, '.review-securityrc.json', JSON.stringify({ rules: { 'command-injection': { options: { functions: [] } } } })),
    '.review-securityrc.json: rules.command-injection.options: options belong to a single rule, not a category');
});

test('a JavaScript config that throws is one line too', (t) => {
  assertOneLineError(withConfig(t, 'review-security.config.mjs', 'throw new Error("boom");\n'),
    'review-security.config.mjs: cannot load config: boom');
});

test('config/schema.json is valid JSON Schema (draft-07) and every shipped example passes it and our validator', () => {
  const schema = JSON.parse(readFileSync(join(PROJECT_ROOT, 'config', 'schema.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  assert.deepEqual(schema.properties.format.enum, [...FORMATS]);
  const examples = readdirSync(join(PROJECT_ROOT, 'config', 'examples'));
  assert.ok(examples.length >= 3, examples.join());
  for (const name of examples) {
    const text = readFileSync(join(PROJECT_ROOT, 'config', 'examples', name), 'utf8');
    const config = name.endsWith('.toml') ? parseToml(text).tool['review-security'] : JSON.parse(text);
    assert.ok(validate(config), `${name}: ${ajv.errorsText(validate.errors)}`);
    assert.deepEqual(validateConfig(config), [], name);
  }
  // The two validators agree on bad input as well.
  for (const bad of [{ ruels: {} }, { failOn: { severity: 'critical' } }, { exclude: [1] }, { overrides: [{}] }, { cache: { enabled: 'yes' } }]) {
    assert.equal(validate(bad), false, JSON.stringify(bad));
    assert.ok(validateConfig(bad).length > 0, JSON.stringify(bad));
  }
});
