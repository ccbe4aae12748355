// SARIF: valid against the official 2.1.0 schema, in the shape GitHub code scanning reads, with fingerprints that
// survive line shifts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { renderSarif } from '../dist/report/sarif.js';
import { sampleReport, SAMPLE_RULES, SAMPLE_SOURCES } from './golden/sample-report.mjs';

const schema = JSON.parse(readFileSync(new URL('./fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));

function schemaValidator() {
  // The vendored schema declares draft-04 (`"$schema": ".../draft-04/schema#"`, `id` rather than `$id`).
  assert.equal(schema.$schema, 'http://json-schema.org/draft-04/schema#');
  const ajv = new Ajv04({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

const errorsOf = (validate) => (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`).join('; ');

test('SARIF output validates against the SARIF 2.1.0 schema', async () => {
  const validate = schemaValidator();
  const log = JSON.parse(renderSarif(await sampleReport()));
  assert.ok(validate(log), errorsOf(validate));
  const clean = JSON.parse(renderSarif(await sampleReport({ sources: { 'a.py': 'x = 1\n' }, unreadable: [] })));
  assert.ok(validate(clean), errorsOf(validate));
});

test('the schema check is not vacuous: a result without a message or with a bad level is rejected', async () => {
  const validate = schemaValidator();
  const log = JSON.parse(renderSarif(await sampleReport()));
  delete log.runs[0].results[0].message;
  log.runs[0].results[1].level = 'fatal';
  assert.equal(validate(log), false);
  const problems = errorsOf(validate);
  assert.match(problems, /\/runs\/0\/results\/0 must have required property 'message'/);
  assert.match(problems, /\/runs\/0\/results\/1\/level must be equal to one of the allowed values/);
});

test('every enabled rule is a reporting descriptor with CWE tag, security-severity, precision and help', async () => {
  const run = JSON.parse(renderSarif(await sampleReport())).runs[0];
  assert.equal(run.tool.driver.name, 'git-review-security');
  assert.equal(run.tool.driver.version, '0.0.0-test');
  // The project's own pages, from package.json's repository: the rule catalogue's anchor for each rule.
  const repository = 'https://github.com/git-review-security/git-review-security';
  assert.equal(run.tool.driver.informationUri, repository);
  for (const rule of run.tool.driver.rules) assert.equal(rule.helpUri, `${repository}/blob/main/docs/rules.md#${rule.id}`);
  assert.deepEqual(run.tool.driver.rules.map((rule) => rule.id), [...SAMPLE_RULES].sort());
  const shell = run.tool.driver.rules.find((rule) => rule.id === 'subprocess-shell-true');
  assert.deepEqual(shell.properties.tags, ['security', 'external/cwe/cwe-78', 'command-injection']);
  assert.equal(shell.properties['security-severity'], '8.0');
  assert.equal(shell.properties.precision, 'high');
  assert.equal(shell.defaultConfiguration.level, 'error');
  assert.match(shell.help.markdown, /```python\n/);
  assert.match(shell.help.text, /^Fix: /m);
  const exec = run.tool.driver.rules.find((rule) => rule.id === 'exec-used');
  assert.equal(exec.properties['security-severity'], '5.5');
  assert.equal(exec.defaultConfiguration.level, 'warning');
  for (const rule of run.tool.driver.rules) {
    const score = Number(rule.properties['security-severity']);
    assert.ok(score > 0 && score <= 10, `${rule.id}: security-severity ${score}`);
  }
});

test('results point at the rule by id and index, with repo-relative percent-encoded URIs and full regions', async () => {
  const run = JSON.parse(renderSarif(await sampleReport())).runs[0];
  for (const result of run.results) {
    assert.equal(run.tool.driver.rules[result.ruleIndex].id, result.ruleId);
    const { artifactLocation, region } = result.locations[0].physicalLocation;
    assert.equal(artifactLocation.uriBaseId, '%SRCROOT%');
    assert.doesNotMatch(artifactLocation.uri, /^\/|^[a-z]+:/i, 'relative, no scheme');
    assert.ok(region.startLine >= 1 && region.startColumn >= 1 && region.endLine >= region.startLine && region.endColumn >= 1);
  }
  const odd = run.results.find((result) => result.ruleId === 'eval-used' && !result.suppressions);
  assert.equal(odd.locations[0].physicalLocation.artifactLocation.uri, 'app/odd%20name%20%231.py');
  assert.deepEqual(odd.locations[0].physicalLocation.region, { startLine: 2, startColumn: 12, endLine: 2, endColumn: 22, snippet: { text: '    return eval(expr)' } });
  assert.equal(odd.level, 'warning');
  assert.deepEqual(odd.properties, { category: 'code-injection', severity: 'medium', confidence: 'medium', cwe: 'CWE-78', blocking: false, flow: ['expr (parameter, line 1)', 'eval (line 2)'] });
  const blocking = run.results.find((result) => result.ruleId === 'subprocess-shell-true' && result.properties.blocking);
  assert.equal(blocking.level, 'error');
  const downgraded = run.results.find((result) => result.ruleId === 'subprocess-shell-true' && !result.properties.blocking);
  assert.equal(downgraded.properties.downgraded, 'test code (test path)');
});

test('suppressed findings are kept with an inSource suppression and its reason', async () => {
  const run = JSON.parse(renderSarif(await sampleReport())).runs[0];
  const suppressed = run.results.filter((result) => result.suppressions);
  assert.equal(suppressed.length, 1);
  assert.equal(suppressed[0].ruleId, 'eval-used');
  assert.deepEqual(suppressed[0].suppressions, [{ kind: 'inSource', justification: 'input is validated by the caller', properties: { marker: 'nosec' } }]);
});

test('files that could not be reviewed are tool execution notifications and the run is not successful', async () => {
  const failed = JSON.parse(renderSarif(await sampleReport())).runs[0].invocations[0];
  assert.equal(failed.executionSuccessful, false);
  assert.deepEqual(failed.toolExecutionNotifications, [{
    level: 'error',
    message: { text: 'app/missing.py: cannot read: ENOENT' },
    locations: [{ physicalLocation: { artifactLocation: { uri: 'app/missing.py', uriBaseId: '%SRCROOT%' } } }],
  }]);
  const clean = JSON.parse(renderSarif(await sampleReport({ sources: { 'a.py': 'x = 1\n' }, unreadable: [] }))).runs[0];
  assert.deepEqual(clean.invocations, [{ executionSuccessful: true }]);
  assert.deepEqual(clean.results, []);
});

test('partial fingerprints do not change when code moves, and tell identical statements apart', async () => {
  const fingerprints = async (source) => {
    const run = JSON.parse(renderSarif(await sampleReport({ sources: { 'app/views.py': source }, unreadable: [] }))).runs[0];
    return run.results.map((result) => [result.ruleId, result.locations[0].physicalLocation.region.startLine, result.partialFingerprints]);
  };
  const before = await fingerprints(SAMPLE_SOURCES['app/views.py']);
  const shifted = await fingerprints(`"""Module docstring."""\n\n# a comment that moves everything down\n${SAMPLE_SOURCES['app/views.py'].replace('def run(cmd):', 'def run(cmd):\n    log(cmd)')}`);
  assert.ok(before.length >= 3);
  assert.deepEqual(shifted.map(([rule, , prints]) => [rule, prints]), before.map(([rule, , prints]) => [rule, prints]));
  assert.notDeepEqual(shifted.map(([, line]) => line), before.map(([, line]) => line), 'the lines did move');
  const twice = await fingerprints('import subprocess\nsubprocess.call(cmd, shell=True)\nsubprocess.call(cmd, shell=True)\n');
  const [first, second] = twice.map(([, , prints]) => prints);
  assert.notEqual(first.primaryLocationLineHash, second.primaryLocationLineHash);
  assert.equal(first.primaryLocationLineHash.split(':')[0], second.primaryLocationLineHash.split(':')[0]);
  assert.deepEqual([first.primaryLocationLineHash.split(':')[1], second.primaryLocationLineHash.split(':')[1]], ['1', '2']);
});

test('a finding the baseline accepts is an external suppression; markers in the code are inSource', async () => {
  const report = await sampleReport();
  const accepted = report.findings.find((finding) => finding.rule === 'import-telnetlib');
  accepted.suppressed = { kind: 'baseline', reason: 'recorded in .review-security-baseline.json' };
  const results = JSON.parse(renderSarif(report)).runs[0].results;
  const kinds = Object.fromEntries(results.filter((result) => result.suppressions).map((result) => [result.ruleId, result.suppressions[0].kind]));
  assert.deepEqual(kinds, { 'eval-used': 'inSource', 'import-telnetlib': 'external' });
});
