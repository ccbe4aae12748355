// node-tree-sitter's tuning (src/engine/tree-sitter-tuning.ts) applies to the binding it was written for, and any
// other binding runs untouched with the same answers: every rule fixture gives the same findings both ways (audit-only
// findings included, as the engine returns them). The
// untuned runs are worker threads (the patches are on prototypes shared by a thread's modules), where the binding
// looks like another version, or lacks one of the private parts the patches use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DIST } from './helpers/git-repo.mjs';
import { analyse } from './helpers/analyse.mjs';

const require = createRequire(import.meta.url);
const { treeSitterTuning, checkBindingVersion, TUNED_FOR } = await import(join(DIST, 'engine', 'tree-sitter-tuning.js'));
const { UserFacingError } = await import(join(DIST, 'errors.js'));
const { parsePython } = await import(join(DIST, 'engine', 'parser.js'));

const FIXTURES = join(import.meta.dirname, 'rules');
const SOURCES = readdirSync(FIXTURES).filter((name) => name.endsWith('.py')).sort().map((name) => readFileSync(join(FIXTURES, name), 'utf8'));
const summary = (findings) => findings.map((finding) => `${finding.rule}@${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn} ${finding.message}`);

/**
 * In a worker: the tuning asked for `binding` (an expression; `TreeSitter` is the real binding) as `version`, then
 * every source analysed with the real binding.
 */
function untuned(version, binding = 'TreeSitter') {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const { join } = require('node:path');
    (async () => {
      const TreeSitter = require(workerData.treeSitter);
      const Python = require(workerData.python);
      const descriptors = () => ['parent', 'children', 'id', 'startIndex'].map((name) => Object.getOwnPropertyDescriptor(TreeSitter.SyntaxNode.prototype, name)?.get);
      const before = descriptors();
      const { tuneTreeSitter, treeSitterTuning } = await import(join(workerData.dist, 'engine', 'tree-sitter-tuning.js'));
      const decision = tuneTreeSitter(${binding}, Python, workerData.version);
      const { analyseSource } = await import(join(workerData.dist, 'engine', 'analyse.js'));
      const { RULES } = await import(join(workerData.dist, 'rules', 'index.js'));
      const rules = RULES.map((rule) => ({ rule, options: {} }));
      const findings = workerData.sources.map((source) => analyseSource(source, rules).findings.map((f) => ({ rule: f.rule, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, message: f.message })));
      const untouched = descriptors().every((getter, index) => getter === before[index]);
      parentPort.postMessage({ decision, after: treeSitterTuning(), untouched, nodeSubclasses: Python.nodeSubclasses === undefined ? 'binding' : 'set', findings });
    })().catch((error) => parentPort.postMessage({ error: String(error.stack) }));
  `;
  const workerData = { dist: DIST, version, sources: SOURCES, treeSitter: require.resolve('tree-sitter'), python: require.resolve('tree-sitter-python') };
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData });
    worker.once('message', (message) => (message.error ? reject(new Error(message.error)) : resolve(message)));
    worker.once('error', reject);
  });
}

test('the installed node-tree-sitter is the one the tuning was written for, and it is tuned', () => {
  parsePython('x = 1\n');
  const { version } = require('tree-sitter/package.json');
  assert.ok(TUNED_FOR.includes(version), `node-tree-sitter ${version} is not in TUNED_FOR (${TUNED_FOR}): check the patches against it, then add it`);
  assert.deepEqual(treeSitterTuning(), { tuned: true });
});

test('the versions the code was written for are accepted at start-up, and any other one stops the review in one line', () => {
  assert.deepEqual(TUNED_FOR, ['0.25.0', '0.25.1']);
  for (const version of TUNED_FOR) checkBindingVersion(version);
  checkBindingVersion();
  for (const version of ['0.25.2', '0.26.0', '0.24.7']) {
    assert.throws(() => checkBindingVersion(version), (error) => {
      assert.ok(error instanceof UserFacingError);
      assert.equal(error.message, `node-tree-sitter ${version} is installed, but this release was written and checked for 0.25.0, 0.25.1: reinstall with 'npm ci' (or 'npm install tree-sitter@0.25.1')`);
      return true;
    });
  }
});

test('another node-tree-sitter version runs untuned, with the same findings on every rule fixture', async () => {
  const tuned = SOURCES.map((source) => summary(analyse(source, undefined, { audit: true }).findings));
  const result = await untuned('0.26.0');
  assert.deepEqual(result.decision, { tuned: false, reason: `node-tree-sitter 0.26.0: the tuning was written for ${TUNED_FOR.join(', ')}` });
  assert.deepEqual(result.after, result.decision, 'the parser made later keeps the first decision');
  assert.ok(result.untouched, 'the node accessors are the binding\'s own');
  // The binding made its own node classes on setLanguage (the tuned ones are made here).
  assert.equal(result.nodeSubclasses, 'set');
  assert.deepEqual(result.findings.map(summary), tuned);
  assert.ok(tuned.flat().length > 300, `${tuned.flat().length} findings compared`);
});

test('a binding without a private part the patches use runs untuned, with the same findings', async () => {
  const tuned = SOURCES.slice(0, 10).map((source) => summary(analyse(source, undefined, { audit: true }).findings));
  // The version the tuning was written for, without Tree.prototype._cacheNodes (the real binding needs its own).
  const result = await untuned(TUNED_FOR[0], '{ Tree: { prototype: { _cacheNode() {} } }, SyntaxNode: TreeSitter.SyntaxNode }');
  assert.deepEqual(result.decision, { tuned: false, reason: 'no Tree.prototype._cacheNode/_cacheNodes' });
  assert.ok(result.untouched);
  assert.deepEqual(result.findings.slice(0, 10).map(summary), tuned);
});
