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
    for (const file of readdirSync(new URL(`${directory.name}/`, root)).filter((name) => name.endsWith('.ts'))) {
      const text = readFileSync(new URL(`${directory.name}/${file}`, root), 'utf8');
      const match = /(?:defineRule|taintRule)(?:<[^(]*>)?\(\{\s*id:\s*'([^']+)'/.exec(text);
      if (match) assert.ok(registered.has(match[1]), `${directory.name}/${file} defines ${match[1]} but src/rules/index.ts does not register it`);
    }
  }
});

test('rule files apart from helpers: a category folder holds rule files (one rule, the default export, nothing else) and a support/ folder', async () => {
  const registered = new Set(RULES);
  const source = new URL('../src/rules/', import.meta.url);
  const built = new URL('../dist/rules/', import.meta.url);
  const load = (path) => import(new URL(path.replace(/\.ts$/, '.js'), built));
  const isRule = (value) => typeof value === 'object' && value !== null && typeof value.id === 'string' && typeof value.create === 'function';
  for (const entry of readdirSync(source, { withFileTypes: true })) {
    if (entry.isFile()) {
      assert.ok(['index.ts', 'types.ts'].includes(entry.name), `src/rules/${entry.name}: only the registry and the contract sit at the top; helpers go in src/rules/support/`);
      continue;
    }
    const files = readdirSync(new URL(`${entry.name}/`, source), { withFileTypes: true });
    if (entry.name === 'support') {
      // Shared helpers: no rule of their own.
      for (const file of files) assert.ok(!isRule((await load(`support/${file.name}`)).default), `support/${file.name} defines a rule`);
      continue;
    }
    if (entry.name === 'tables') {
      // Families of rules written as rows: each file exports registered rules only.
      for (const file of files) {
        for (const [name, value] of Object.entries(await load(`tables/${file.name}`))) {
          assert.ok(Array.isArray(value) && value.every((rule) => registered.has(rule)), `tables/${file.name}: ${name} is not a list of registered rules`);
        }
      }
      continue;
    }
    assert.ok(CATEGORIES.includes(entry.name), `src/rules/${entry.name}/ is neither a category, support/ nor tables/`);
    for (const file of files) {
      if (file.isDirectory()) {
        assert.equal(file.name, 'support', `src/rules/${entry.name}/${file.name}/: a category's helpers go in its support/ folder`);
        for (const helper of readdirSync(new URL(`${entry.name}/support/`, source))) {
          assert.ok(!isRule((await load(`${entry.name}/support/${helper}`)).default), `${entry.name}/support/${helper} defines a rule: it belongs beside the rule files`);
        }
        continue;
      }
      const module = await load(`${entry.name}/${file.name}`);
      assert.ok(isRule(module.default) && registered.has(module.default), `${entry.name}/${file.name}: a file in a category folder is one registered rule (its default export); move helpers to ${entry.name}/support/`);
      assert.deepEqual(Object.keys(module), ['default'], `${entry.name}/${file.name}: a rule file exports its rule only`);
      assert.equal(module.default.category, entry.name, `${entry.name}/${file.name}: the rule's category names its folder`);
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
