// One runner for every rule fixture (test/helpers/rule-fixtures.mjs): test/rules/<rule-id>.py marks each line a rule
// must flag with `# expect: <rule-id>` on the line above, and look-alikes it must accept with `# ok: <rule-id>`;
// test/rules/<rule-id>.expected.json pins those rules' findings whole, compared exactly. After an intended change:
// `npm run test:update-fixtures`, then read the diff.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyse } from './helpers/analyse.mjs';
import { expectedText, fixtureNames, FIXTURES, markedLines, orphanedExpectedFiles, pinnedFindings, readExpected } from './helpers/rule-fixtures.mjs';

const UPDATE = 'run `npm run test:update-fixtures` and read the diff';

test('every rule fixture has an expected-findings file, and every expected file a fixture', () => {
  const missing = fixtureNames().filter((fixture) => readExpected(fixture) === undefined);
  assert.deepEqual(missing, [], `fixtures without test/rules/<rule-id>.expected.json: ${UPDATE}`);
  assert.deepEqual(orphanedExpectedFiles(), [], 'expected files whose fixture is gone: delete them (npm run test:update-fixtures -- --remove-orphans)');
});

for (const file of fixtureNames()) {
  test(`fixture ${file}`, () => {
    const source = readFileSync(new URL(file, FIXTURES), 'utf8');
    const { expected, ok } = markedLines(source);
    const own = file.replace(/\.py$/, '');
    assert.ok(expected.get(own)?.size, `${file} has no '# expect: ${own}' line`);
    assert.ok(ok.get(own)?.size, `${file} has no '# ok: ${own}' line`);
    const findings = analyse(source).findings;
    for (const rule of new Set([...expected.keys(), ...ok.keys()])) {
      const actual = [...new Set(findings.filter((finding) => finding.rule === rule).map((finding) => finding.line))].sort((a, b) => a - b);
      const wanted = [...(expected.get(rule) ?? [])].sort((a, b) => a - b);
      assert.deepEqual(actual, wanted, `${file}: lines flagged by ${rule}`);
    }
    const recorded = readExpected(file);
    assert.ok(recorded !== undefined, `${file}: no ${own}.expected.json: ${UPDATE}`);
    // Compared as text, which is compared as data first for a readable diff of the finding that changed.
    const actual = expectedText(pinnedFindings(file, source));
    assert.deepEqual(JSON.parse(actual), JSON.parse(recorded), `${file}: findings differ from ${own}.expected.json (if intended: ${UPDATE})`);
    assert.equal(actual, recorded, `${own}.expected.json is not in the update command's layout: ${UPDATE}`);
  });
}
