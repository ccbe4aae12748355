// `--format gitlab`: the Code Climate JSON GitLab's Code Quality report reads. GitLab needs description, check_name,
// fingerprint, severity and location.path + location.lines.begin on every issue, and compares merge request and
// target branch by fingerprint, so fingerprints must be unique, stable across line shifts, and hold no source text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '../dist/report/index.js';
import { sampleReport } from './golden/sample-report.mjs';

const PLAIN = { color: false, showSource: true, quiet: false };
const SEVERITIES = ['info', 'minor', 'major', 'critical', 'blocker'];

test('every issue has the fields GitLab requires, one per unsuppressed finding and per file not reviewed', async () => {
  const report = await sampleReport();
  const issues = JSON.parse(await render('gitlab', report, PLAIN));
  assert.ok(Array.isArray(issues));
  const shown = report.findings.filter((finding) => !finding.suppressed);
  assert.equal(issues.length, shown.length + report.errors.length + report.ruleErrors.length);
  for (const issue of issues) {
    assert.equal(issue.type, 'issue');
    for (const field of ['description', 'check_name', 'fingerprint']) assert.equal(typeof issue[field], 'string', field);
    assert.ok(SEVERITIES.includes(issue.severity), issue.severity);
    assert.equal(typeof issue.location.path, 'string');
    assert.ok(Number.isInteger(issue.location.lines.begin) && issue.location.lines.begin >= 1);
  }
  assert.equal(new Set(issues.map((issue) => issue.fingerprint)).size, issues.length, 'fingerprints are unique');
  // A finding's fingerprint is its own line-shift-proof one (a hash), never the statement's text.
  for (const [index, finding] of shown.entries()) {
    assert.equal(issues[index].fingerprint, finding.fingerprint);
    assert.match(issues[index].fingerprint, /^[0-9a-f]{32}$/);
    assert.equal(issues[index].check_name, finding.rule);
  }
  assert.equal(issues.at(-1).severity, 'blocker', 'a file not reviewed blocks the gate');
});

test('a clean review is an empty list', async () => {
  const report = await sampleReport({ sources: { 'app/clean.py': 'def add(a, b):\n    return a + b\n' }, unreadable: [], mode: 'paths', target: 'app' });
  assert.equal(await render('gitlab', report, PLAIN), '[]\n');
});
