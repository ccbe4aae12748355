// Rule fixtures (test/rules/<rule-id>.py) and their expected findings (test/rules/<rule-id>.expected.json), shared by
// test/rule-fixtures.test.mjs, which compares, and scripts/update-rule-fixtures.mjs, which writes them.
//
// A fixture marks each line a rule must flag with `# expect: <rule-id>` on the line above, and look-alikes it must
// accept with `# ok: <rule-id>`. Its expected file pins every finding of the rules it marks, whole: rule, position,
// severity, confidence, whether it blocks with the default thresholds, and the message.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { analyseSource } from '../../dist/engine/analyse.js';
import { resolveSettings } from '../../dist/config/settings.js';
import { applyPolicy } from '../../dist/policy/apply.js';
import { RULES } from '../../dist/rules/index.js';

export const FIXTURES = new URL('../rules/', import.meta.url);
const MARK = /#\s*(expect|ok):\s*([\w-]+(?:\s*,\s*[\w-]+)*)/;
const ALL_RULES = RULES.map((rule) => ({ rule, options: {} }));
/** The default thresholds (block at high severity, medium confidence), every rule on, and the rules' own levels
 * whatever the file looks like (no test-code downgrade: a fixture pins what its rules report). */
const POLICY = resolveSettings({ testCode: 'same' }, { extends: 'strict' }).policy;

export function fixtureNames() {
  return readdirSync(FIXTURES).filter((name) => name.endsWith('.py')).sort();
}

export function expectedFileOf(fixture) {
  return new URL(fixture.replace(/\.py$/, '.expected.json'), FIXTURES);
}

/** Expected files whose fixture is gone. */
export function orphanedExpectedFiles() {
  const fixtures = new Set(fixtureNames());
  return readdirSync(FIXTURES).filter((name) => name.endsWith('.expected.json') && !fixtures.has(name.replace(/\.expected\.json$/, '.py'))).sort();
}

/** rule id → Set of 1-based lines, for `# expect:` and `# ok:` marks (each names the line below it). */
export function markedLines(source) {
  const expected = new Map();
  const ok = new Map();
  source.split('\n').forEach((line, index) => {
    const match = MARK.exec(line);
    if (!match) return;
    for (const rule of match[2].split(/\s*,\s*/)) {
      const target = match[1] === 'expect' ? expected : ok;
      if (!target.has(rule)) target.set(rule, new Set());
      target.get(rule).add(index + 2);
    }
  });
  return { expected, ok };
}

/** The findings of the fixture's marked rules, as its expected file records them, in source order. */
export function pinnedFindings(fixture, source) {
  const { expected, ok } = markedLines(source);
  const marked = new Set([...expected.keys(), ...ok.keys()]);
  return applyPolicy(fixture, analyseSource(source, ALL_RULES), POLICY).findings
    .filter((finding) => marked.has(finding.rule))
    .map(({ rule, line, column, endLine, endColumn, severity, confidence, blocking, message }) => ({ rule, line, column, endLine, endColumn, severity, confidence, blocking, message }))
    .sort((a, b) => a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

/** One finding per line, so a diff shows which finding changed. */
export function expectedText(findings) {
  if (findings.length === 0) return '[]\n';
  return `[\n${findings.map((finding) => `  ${JSON.stringify(finding)}`).join(',\n')}\n]\n`;
}

export function readExpected(fixture) {
  const file = expectedFileOf(fixture);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}
