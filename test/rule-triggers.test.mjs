// Triggers and call filters (RuleMeta.triggers, .callees, .calleeKeywords) only skip work: every rule fixture and every docs
// example gives the same findings with them as with each rule created on every file and handed every call.
// (bench/triggers-check.mjs runs the same comparison on whole corpora: Nova, Django, the stdlib.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { analyseSource } from '../dist/engine/analyse.js';
import { RULES } from '../dist/rules/index.js';
import { unfiltered as withoutFilters } from '../dist/engine/rule-filters.js';

const FIXTURES = new URL('./rules/', import.meta.url);
const filtered = RULES.map((rule) => ({ rule, options: {} }));
const unfiltered = RULES.map((rule) => ({ rule: withoutFilters(rule), options: {} }));
const summary = (source, rules) => analyseSource(source, rules).findings.map(({ rule, line, column, message, severity, confidence }) => `${rule} ${line}:${column} ${severity}/${confidence} ${message}`);

const sources = [
  ...readdirSync(FIXTURES).filter((name) => name.endsWith('.py')).map((name) => [`test/rules/${name}`, readFileSync(new URL(name, FIXTURES), 'utf8')]),
  ...RULES.flatMap((rule) => [...rule.docs.bad, ...rule.docs.good].map((example, index) => [`${rule.id} docs example ${index + 1}`, example])),
];

test('triggers and callee filters skip no finding of any fixture or docs example', () => {
  assert.ok(sources.length > 250);
  for (const [name, source] of sources) assert.deepEqual(summary(source, filtered), summary(source, unfiltered), name);
});

test('callees filter calls by last name, except when a listed name ends in a call', () => {
  const evalUsed = RULES.find((candidate) => candidate.id === 'eval-used');
  const run = (callees) => analyseSource('eval(x)\n', [{ rule: { ...evalUsed, callees }, options: {} }]).findings.length;
  assert.equal(run(['eval']), 1);
  assert.equal(run(['other']), 0); // the handler never sees the call
  assert.equal(run(['other', 'make()']), 1); // `make()` cannot be told from callee text: no filter
});

test('a trigger group needs every one of its words', () => {
  const rule = RULES.find((candidate) => candidate.id === 'marshal-load') ?? RULES.find((candidate) => candidate.aliases.includes('B302'));
  const run = (source) => analyseSource(source, [{ rule, options: {} }]).findings.length;
  assert.equal(run('import marshal\nmarshal.load(f)\n'), 1);
  assert.equal(run('import json\njson.load(f)\n'), 0);
});

test('sql-injection is triggered by a keyword spelled with escapes, as its folding reads it', () => {
  const rule = RULES.find((candidate) => candidate.id === 'sql-injection');
  const run = (source) => analyseSource(source, [{ rule, options: {} }]).findings.map((finding) => finding.rule);
  assert.deepEqual(run('def find(c, uid):\n    c.execute("\\x53ELECT * FROM t WHERE id = %s" % uid)\n'), ['sql-injection']);
  assert.deepEqual(run('def find(c, uid):\n    c.execute("\\123ELECT * FROM t WHERE id = %s" % uid)\n'), ['sql-injection']);
  assert.deepEqual(run('def add(a, b):\n    return a + b\n'), []);
});
