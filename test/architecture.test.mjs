// The dependencies between the parts of src/ follow docs/architecture.md ("Allowed dependencies"): every import of
// every file is checked against the rules written there. The checker itself is tested on synthetic bad edges, so a
// checker that finds nothing cannot pass for a clean tree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDependencies, importsOf, parseDependencyRules } from './helpers/architecture.mjs';
import { deadExports, projectFiles } from '../scripts/dead-exports.mjs';

const SRC = new URL('../src/', import.meta.url);
const RULES = parseDependencyRules(readFileSync(new URL('../docs/architecture.md', import.meta.url), 'utf8'));

function sourceFiles() {
  const files = new Map();
  for (const entry of readdirSync(SRC, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.[cm]?ts$/.test(entry.name)) continue;
    const absolute = join(entry.parentPath ?? entry.path, entry.name);
    files.set(relative(fileURLToPath(SRC), absolute).split('\\').join('/'), readFileSync(absolute, 'utf8'));
  }
  return files;
}

test('every import in src/ follows the allowed dependencies of docs/architecture.md', () => {
  const files = sourceFiles();
  assert.ok(files.size > 100, `found ${files.size} source files`);
  assert.deepEqual(checkDependencies(files, RULES), []);
});

test('nothing below the CLI imports from src/cli/', () => {
  const below = ['git', 'config', 'engine', 'cache', 'policy', 'python', 'rules', 'report', 'files', 'review'];
  for (const part of below) assert.ok(!RULES.allowed.get(part)?.has('cli'), `docs/architecture.md lets ${part} import cli`);
  const offenders = [...sourceFiles()]
    .filter(([path]) => below.includes(path.split('/')[0]))
    .filter(([path, text]) => importsOf(text).some((specifier) => new URL(specifier, new URL(path, SRC)).pathname.startsWith(new URL('cli/', SRC).pathname)))
    .map(([path]) => path);
  assert.deepEqual(offenders, []);
});

test('runtime tuning has one owner each: V8 flags in src/v8-flags.cts, node-tree-sitter patches in tree-sitter-tuning.ts', () => {
  const owners = [
    [/setFlagsFromString/, 'v8-flags.cts'],
    [/_cacheNodes?\b|nodeSubclasses|getNodeTypeNamesById/, 'engine/tree-sitter-tuning.ts'],
  ];
  for (const [pattern, owner] of owners) {
    const users = [...sourceFiles()].filter(([, text]) => pattern.test(text)).map(([path]) => path);
    assert.deepEqual(users, [owner], `${pattern} outside ${owner}`);
  }
});

test('the checker reports an import the rules do not allow', () => {
  const files = new Map([
    ['cli/args.ts', 'export class ParsedArgs {}\n'],
    ['git/select.ts', "import type { ParsedArgs } from '../cli/args.js';\n"],
    ['git/hunks.ts', "// import { x } from '../cli/args.js' in a comment is not an import\nexport const y = await import('../cli/args.js');\n"],
    ['errors.ts', "import { z } from './cli/args.js';\n"],
  ]);
  assert.deepEqual(checkDependencies(files, RULES), [
    'src/git/select.ts imports src/cli/args.ts: git -> cli is not allowed',
    'src/git/hunks.ts imports src/cli/args.ts: git -> cli is not allowed',
    'src/errors.ts imports src/cli/args.ts: base -> cli is not allowed',
  ]);
});

test('the checker reports unlisted parts and imports of missing files; allowed edges pass', () => {
  const files = new Map([
    ['utils/misc.ts', 'export const a = 1;\n'],
    ['engine/walk.ts', "import { b } from '../rules/gone.js';\nimport { RULES } from '../rules/index.js';\nimport { UsageError } from '../errors.js';\n"],
    ['rules/index.ts', "import { facts } from '../python/module.js';\nconst binding = require('../python/module.js');\n"],
    ['python/module.ts', 'export const facts = 1;\n'],
    ['errors.ts', 'export class UsageError extends Error {}\n'],
    ['cli.ts', "import './cli.cjs';\n"],
    ['cli.cts', 'export {};\n'],
  ]);
  assert.deepEqual(checkDependencies(files, RULES), [
    "utils/misc.ts: part 'utils' is not listed in docs/architecture.md",
    "engine/walk.ts: imports '../rules/gone.js', which is not a file in src/",
  ]);
});

test('no dead exports: every name src/ exports is used by another file (scripts/dead-exports.mjs)', () => {
  assert.deepEqual(deadExports(projectFiles()), []);
});

test('the dead-export check finds an export nothing names, and counts a use in another file', () => {
  const sources = new Map([
    ['src/a.ts', 'export function used() {}\nexport const UNUSED_LIMIT = 3;\nexport interface Local { x: number }\nconst y: Local = { x: UNUSED_LIMIT };\n'],
    ['src/b.ts', "import { used } from './a.js';\nused();\n"],
  ]);
  assert.deepEqual(deadExports({ sources, users: new Map() }), ['src/a.ts: UNUSED_LIMIT', 'src/a.ts: Local']);
  assert.deepEqual(deadExports({ sources, users: new Map([['test/a.test.mjs', 'UNUSED_LIMIT; Local']]) }), []);
});
