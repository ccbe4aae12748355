// The rule registry itself: ids, aliases, metadata, fixtures and executable docs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { RULES } from '../dist/rules/index.js';
import { CATEGORIES, LEVELS } from '../dist/rules/types.js';
import { analyse } from './helpers/analyse.mjs';

test('rule ids and aliases are unique across the registry', () => {
  const seen = new Map();
  for (const rule of RULES) {
    for (const name of [rule.id, ...rule.aliases.map((alias) => alias.toUpperCase())]) {
      assert.ok(!seen.has(name), `${name} is used by ${seen.get(name)} and ${rule.id}`);
      seen.set(name, rule.id);
    }
  }
});

test('every rule has complete metadata', () => {
  for (const rule of RULES) {
    assert.match(rule.id, /^[a-z0-9]+(-[a-z0-9]+)*$/, `${rule.id}: kebab-case id`);
    assert.ok(CATEGORIES.includes(rule.category), `${rule.id}: category ${rule.category}`);
    assert.ok(Number.isInteger(rule.cwe) && rule.cwe > 0, `${rule.id}: CWE`);
    assert.ok(LEVELS.includes(rule.severity) && LEVELS.includes(rule.confidence), `${rule.id}: levels`);
    assert.ok(['fast', 'deep'].includes(rule.cost), `${rule.id}: cost`);
    assert.ok(rule.message.length > 10 && rule.fix.length > 10, `${rule.id}: message and fix`);
    assert.ok(rule.docs.why.length > 20, `${rule.id}: docs.why`);
    assert.ok(rule.docs.bad.length > 0 && rule.docs.good.length > 0, `${rule.id}: bad and good examples`);
    for (const alias of rule.aliases) assert.match(alias, /^(B\d{3}|S\d{3}|[a-z][a-z0-9_]+)$/, `${rule.id}: alias ${alias}`);
  }
});

test('every rule has a fixture with flagged and accepted lines', () => {
  const fixtures = new Set(readdirSync(new URL('./rules/', import.meta.url)));
  for (const rule of RULES) {
    assert.ok(fixtures.has(`${rule.id}.py`), `missing test/rules/${rule.id}.py`);
  }
});

test('every rule file under src/rules is registered', () => {
  const registered = new Set(RULES.map((rule) => rule.id));
  const root = new URL('../src/rules/', import.meta.url);
  for (const directory of readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory() && entry.name !== 'tables')) {
    for (const file of readdirSync(new URL(`${directory.name}/`, root))) {
      const text = readFileSync(new URL(`${directory.name}/${file}`, root), 'utf8');
      const match = /(?:defineRule|taintRule)\(\{\s*id:\s*'([^']+)'/.exec(text);
      if (match) assert.ok(registered.has(match[1]), `${directory.name}/${file} defines ${match[1]} but src/rules/index.ts does not register it`);
    }
  }
});

for (const rule of RULES) {
  test(`docs examples of ${rule.id} behave as documented`, () => {
    rule.docs.bad.forEach((code, index) => {
      const hits = analyse(code).findings.filter((finding) => finding.rule === rule.id);
      assert.ok(hits.length > 0, `${rule.id}: bad example ${index + 1} is not flagged:\n${code}`);
    });
    rule.docs.good.forEach((code, index) => {
      const hits = analyse(code).findings.filter((finding) => finding.rule === rule.id && finding.severity !== 'low');
      assert.deepEqual(hits.map((hit) => hit.line), [], `${rule.id}: good example ${index + 1} is flagged:\n${code}`);
    });
  });
}
