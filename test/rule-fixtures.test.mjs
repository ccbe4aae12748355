// One runner for every rule fixture: test/rules/<rule-id>.py marks each line a rule must flag with
// `# expect: <rule-id>` on the line above, and look-alikes it must accept with `# ok: <rule-id>`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { analyse } from './helpers/analyse.mjs';

const FIXTURES = new URL('./rules/', import.meta.url);
const MARK = /#\s*(expect|ok):\s*([\w-]+(?:\s*,\s*[\w-]+)*)/;

for (const file of readdirSync(FIXTURES).filter((name) => name.endsWith('.py')).sort()) {
  test(`fixture ${file}`, () => {
    const source = readFileSync(new URL(file, FIXTURES), 'utf8');
    const lines = source.split('\n');
    const expected = new Map(); // rule → Set(line)
    const okLines = new Map();
    lines.forEach((line, index) => {
      const match = MARK.exec(line);
      if (!match) return;
      for (const rule of match[2].split(/\s*,\s*/)) {
        const target = match[1] === 'expect' ? expected : okLines;
        if (!target.has(rule)) target.set(rule, new Set());
        target.get(rule).add(index + 2); // the line below the marker
      }
    });
    const own = file.replace(/\.py$/, '');
    assert.ok(expected.get(own)?.size, `${file} has no '# expect: ${own}' line`);
    assert.ok(okLines.get(own)?.size, `${file} has no '# ok: ${own}' line`);
    const findings = analyse(source).findings;
    for (const rule of new Set([...expected.keys(), ...okLines.keys()])) {
      const actual = [...new Set(findings.filter((finding) => finding.rule === rule).map((finding) => finding.line))].sort((a, b) => a - b);
      const wanted = [...(expected.get(rule) ?? [])].sort((a, b) => a - b);
      assert.deepEqual(actual, wanted, `${file}: lines flagged by ${rule}`);
    }
  });
}
