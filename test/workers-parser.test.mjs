// The engine's parser tunes node-tree-sitter's node accessors (type on the node classes, id and startIndex read
// from the node's fields, remembered answers for parent/children/fields). Every tuned answer must equal what the
// binding's own native getters return, on real code with errors, unicode and deep nesting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePython } from '../dist/engine/parser.js';

const require = createRequire(import.meta.url);
const Parser = require('tree-sitter');

const SOURCES = [
  ...readdirSync(join(import.meta.dirname, 'rules')).filter((name) => name.endsWith('.py')).map((name) => readFileSync(join(import.meta.dirname, 'rules', name), 'utf8')),
  'x = = 1\ndef f(:\n  return ünïcode("é😀", x=1)\nclass A(B, metaclass=M):\n  @d\n  def g(self, *a, k=lambda: (y := 2), **kw) -> int: ...\n',
  `x = ${'('.repeat(300)}1${')'.repeat(300)}\n`,
];

/** Pre-order list of every node, found with a cursor (the binding's own path, untouched by the tuning). */
function allNodes(tree) {
  const nodes = [];
  const cursor = tree.walk();
  for (;;) {
    nodes.push({ node: cursor.currentNode, type: cursor.nodeType, startIndex: cursor.startIndex, endIndex: cursor.endIndex });
    if (cursor.gotoFirstChild()) continue;
    while (!cursor.gotoNextSibling()) if (!cursor.gotoParent()) return nodes;
  }
}

test('tuned node accessors agree with the cursor and with the binding on every node', () => {
  let checked = 0;
  for (const source of SOURCES) {
    const tree = parsePython(source);
    const ids = new Set();
    for (const { node, type, startIndex, endIndex } of allNodes(tree)) {
      assert.equal(node.type, type);
      assert.equal(node.startIndex, startIndex);
      assert.equal(node.endIndex, endIndex);
      assert.equal(node.text, source.slice(startIndex, endIndex));
      assert.ok(!ids.has(node.id), 'ids are unique within a tree');
      ids.add(node.id);
      // Asking again gives the same answers (remembered) and fresh arrays (callers may reorder them).
      const children = node.namedChildren;
      children.reverse();
      assert.deepEqual(node.namedChildren.map((child) => child.startIndex), [...children].reverse().map((child) => child.startIndex));
      for (const child of node.children) assert.equal(child.parent.id, node.id);
      checked++;
    }
    // The same node reached two ways is the same node.
    const first = tree.rootNode.firstNamedChild;
    if (first) assert.equal(tree.rootNode.namedChildren[0].id, first.id);
  }
  assert.ok(checked > 5000, `checked ${checked} nodes`);
});

test('field lookups are remembered per field and match the binding', () => {
  const tree = parsePython('subprocess.call(cmd, shell=True)\nx: int = f(y)\n');
  const call = tree.rootNode.descendantsOfType('call')[0];
  assert.equal(call.childForFieldName('function').text, 'subprocess.call');
  assert.equal(call.childForFieldName('arguments').text, '(cmd, shell=True)');
  assert.equal(call.childForFieldName('function').text, 'subprocess.call');
  assert.equal(call.childForFieldName('no_such_field'), null);
  const assignment = tree.rootNode.descendantsOfType('assignment')[0];
  assert.equal(assignment.childForFieldName('type').text, 'int');
  assert.equal(assignment.childForFieldName('right').text, 'f(y)');
});

test('ERROR and anonymous nodes keep the binding’s own type', () => {
  const tree = parsePython('x = = 1\ndef f(): pass\n');
  const types = allNodes(tree).map(({ node, type }) => [node.type, type]);
  for (const [tuned, cursor] of types) assert.equal(tuned, cursor);
  for (const expected of ['ERROR', 'def', ':', '=']) assert.ok(types.some(([type]) => type === expected), expected);
});
