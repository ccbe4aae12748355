// The Markdown review: what was reviewed and checked, findings by category, test code apart, the verdict last.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeMarkdown, fencedCode, inlineCode, NO_DEFECTS_VERDICT, renderMarkdown } from '../dist/report/markdown.js';
import { sampleReport } from './golden/sample-report.mjs';

test('a clean review ends with the no-defects verdict', async () => {
  const report = await sampleReport({ sources: { 'pkg/a.py': 'def add(a, b):\n    return a + b\n', 'pkg/b.py': 'X = 1\n' }, unreadable: [], mode: 'paths', target: 'pkg' });
  const text = renderMarkdown(report);
  assert.equal(NO_DEFECTS_VERDICT, 'No security defects are detected in the reviewed code.');
  assert.ok(text.endsWith(`### Verdict\n\n${NO_DEFECTS_VERDICT}\n`));
  assert.match(text, /^Reviewed \*\*2 Python files\*\* under `pkg` with git-review-security 0\.0\.0-test: 5 rules in 4 categories\.$/m);
  assert.doesNotMatch(text, /### Findings/);
});

test('findings are grouped by category with code and fix; test code and suppressed findings apart', async () => {
  const text = renderMarkdown(await sampleReport());
  assert.match(text, /\| Command injection \| 1 \| 1 \| 1 \|/);
  assert.match(text, /\| Code injection \| 2 \| 3 \| 0 \|/);
  const findings = text.slice(text.indexOf('### Findings\n'), text.indexOf('### Findings in test code'));
  assert.match(findings, /#### Command injection \(1\)\n\n`subprocess-shell-true` \(B602, S602, CWE-78\): .*\*\*Fix:\*\* Pass an argument list/);
  assert.match(findings, /- `app\/views\.py:5` \(high, high confidence, \*\*blocking\*\*\): .*\n  Flow: `input\(\) \(line 5\)` → `subprocess\.call \(line 5\)`\n  ```python\n  subprocess\.call\(cmd \+ input\(\), shell=True\)\n  ```/);
  assert.doesNotMatch(findings, /tests\/test_views\.py/);
  const tests = text.slice(text.indexOf('### Findings in test code'), text.indexOf('### Suppressed'));
  assert.match(tests, /`tests\/test_views\.py:6` \(low, low confidence, downgraded: test code \(test path\)\)/);
  assert.match(text, /### Suppressed\n\n- `app\/views\.py:6` `eval-used`, silenced by nosec: input is validated by the caller/);
  assert.match(text, /### Not reviewed\n\n- `app\/missing\.py`: cannot read: ENOENT/);
  assert.ok(text.endsWith('### Verdict\n\nThe review is incomplete: 1 file could not be reviewed, and 3 blocking findings must be fixed.\n'));
});

test('repository text cannot break out of code spans, fences or prose', () => {
  assert.equal(inlineCode('a`b'), '`` a`b ``');
  assert.equal(fencedCode('x = "```"'), '````python\nx = "```"\n````');
  assert.equal(fencedCode('s = "a\\nb"'), '```python\ns = "a\\nb"\n```', 'a backslash-n in source stays as written');
  assert.equal(escapeMarkdown('<img src=x> | *x* @team'), '\\<img src=x\\> \\| \\*x\\* @\u200bteam');
});

test('a category with many findings is cut for the PR comment, with the count kept whole', async () => {
  const source = `${Array.from({ length: 30 }, (_, i) => `eval(data${i})`).join('\n')}\n`;
  const text = renderMarkdown(await sampleReport({ sources: { 'many.py': source }, unreadable: [] }));
  assert.match(text, /\| Code injection \| 2 \| 30 \| 0 \|/);
  assert.match(text, /#### Code injection \(30\)/);
  assert.equal(text.match(/^- `many\.py:\d+`/gm).length, 25);
  assert.match(text, /^… and 5 more findings in this category/m);
});
