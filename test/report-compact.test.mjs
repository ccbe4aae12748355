// The compact report: aligned columns, escaped repository text, width-aware on a terminal, colour rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderCompact, truncate } from '../dist/report/compact.js';
import { escapeControl, useColor } from '../dist/report/terminal.js';
import { sampleReport } from './golden/sample-report.mjs';

test('finding lines are aligned: location, severity, rule and message columns start at the same offsets', async () => {
  const lines = renderCompact(await sampleReport(), { color: false, showSource: false, quiet: false }).split('\n');
  const findingLines = lines.filter((line) => / (HIGH|MEDIUM|LOW) /.test(line));
  assert.equal(findingLines.length, 6, 'the non-blocking finding in test code is counted, not listed');
  const severityAt = new Set(findingLines.map((line) => line.search(/ (HIGH|MEDIUM|LOW) /)));
  const ruleAt = new Set(findingLines.map((line) => line.search(/ (syntax-error|exec-used|eval-used|import-telnetlib|subprocess-shell-true) /)));
  assert.equal(severityAt.size, 1);
  assert.equal(ruleAt.size, 1);
  assert.ok(lines.some((line) => line.startsWith('app/missing.py ') && line.indexOf('ERROR') === [...severityAt][0] + 1));
});

test('terminal control characters in paths and source are escaped', async () => {
  const text = renderCompact(await sampleReport(), { color: false, showSource: true, quiet: false });
  assert.ok(text.includes('app/evil\\x1b[2J.py:1:1'));
  assert.doesNotMatch(text, /\x1b/);
  assert.equal(escapeControl('a\tb\u202ec\n'), 'a    b\\u202ec\\n');
});

test('on a terminal, long messages are cut to the width; narrow terminals wrap instead', async () => {
  const report = await sampleReport();
  for (const line of renderCompact(report, { color: false, showSource: true, quiet: false, columns: 100 }).split('\n')) {
    assert.ok([...line].length <= 100, `${line.length}: ${line}`);
  }
  const narrow = renderCompact(report, { color: false, showSource: true, quiet: false, columns: 70 });
  assert.match(narrow, /subprocess call with shell=True runs a command built from standard input through the shell: input\(\) \(line 5\) → subprocess\.call \(line 5\)$/m);
  assert.equal(truncate('abcdef', 4), 'abc…');
  assert.equal(truncate('ab😀cd', 3), 'ab…');
  assert.equal(truncate('abc', undefined), 'abc');
});

test('colour: flag, then FORCE_COLOR, then NO_COLOR, then TTY (not TERM=dumb)', () => {
  assert.equal(useColor(undefined, true, {}), true);
  assert.equal(useColor(undefined, false, {}), false);
  assert.equal(useColor(undefined, true, { NO_COLOR: '1' }), false);
  assert.equal(useColor(undefined, true, { NO_COLOR: '' }), true);
  assert.equal(useColor(undefined, true, { TERM: 'dumb' }), false);
  assert.equal(useColor(undefined, false, { FORCE_COLOR: '1' }), true);
  assert.equal(useColor(undefined, true, { FORCE_COLOR: '0' }), false);
  assert.equal(useColor(undefined, false, { FORCE_COLOR: '', NO_COLOR: '1' }), true);
  assert.equal(useColor(false, true, { FORCE_COLOR: '1' }), false);
  assert.equal(useColor(true, false, { NO_COLOR: '1' }), true);
});

test('quiet and clean prints nothing at all', async () => {
  const report = await sampleReport({ sources: { 'a.py': 'x = 1\n' }, unreadable: [] });
  assert.equal(renderCompact(report, { color: false, showSource: false, quiet: true }), '');
});
