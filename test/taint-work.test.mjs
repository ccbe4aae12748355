// Bounded work (src/python/taint): branchy reassignments that once made the tracer cubic (a 16 KB file took minutes)
// are analysed in work proportional to the file. Work is counted (statements and expressions visited), never timed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePython } from '../dist/engine/parser.js';
import { ModuleFacts } from '../dist/python/module.js';
import { traceValue, traceWork } from '../dist/python/taint.js';

/** A view with `branches` ifs, each reassigning x from itself and calling a sink; an else every fifth branch. */
function branchy(branches) {
  const lines = ['import os', 'def helper(v):', '    return v + "!"', 'def view(request, y):', '    x = request.GET["q"]', '    z = "safe"'];
  for (let index = 0; index < branches; index++) {
    lines.push(`    if y == ${index}:`, [`        x = x + y`, `        x = helper(x)`, `        x = f(x)`, `        z = x`][index % 4], '        os.system(x)', '        os.system(z)');
    if (index % 5 === 0) lines.push('    else:', `        x = x + "${index}"`, '        z = "reset"');
  }
  lines.push('    os.system(x)', '    os.system(z)');
  return lines.join('\n');
}

function traceAll(source) {
  const root = parsePython(source).rootNode;
  const module = new ModuleFacts(root, source);
  const sinks = root.descendantsOfType('call').filter((call) => call.childForFieldName('function').text === 'os.system');
  const kinds = sinks.map((call) => traceValue(call.childForFieldName('arguments').firstNamedChild, module, { sink: 'shell' }).kind);
  const work = traceWork(module);
  return { kinds, nodes: root.descendantCount, visits: work.statements + work.expressions, analyses: work.analyses };
}

test('a 64 KB file of branchy reassignments is traced with work linear in its size, and stays tainted', () => {
  const small = traceAll(branchy(100));
  const source = branchy(900);
  assert.ok(source.length >= 64 * 1024, `generated ${source.length} bytes`);
  const large = traceAll(source);
  // Sinks alternate x, z; z holds request data once a `z = x` branch may have run (the fourth branch on).
  assert.ok(large.kinds.filter((_, index) => index % 2 === 0).every((kind) => kind === 'request'), 'every sink of x gets request data');
  assert.deepEqual(large.kinds.slice(1, 8).filter((_, index) => index % 2 === 0), ['constant', 'constant', 'constant', 'request']);
  assert.equal(large.kinds.at(-1), 'request');
  // Each function is analysed once however many sinks ask; visits grow with the file, not with its square.
  assert.equal(large.analyses, 2);
  assert.ok(large.visits <= 2 * large.nodes, `${large.visits} visits for ${large.nodes} nodes`);
  assert.ok(large.visits / small.visits < 1.5 * (large.nodes / small.nodes), `${small.visits} → ${large.visits} visits`);
});

test('the constant look-alike of the branchy file stays constant under the same bound', () => {
  const { kinds, visits, nodes } = traceAll(branchy(300).replace('request.GET["q"]', '"fixed"').replace(/x \+ y/g, 'x + "y"').replace(/f\(x\)/g, 'x.strip()'));
  assert.ok(kinds.every((kind) => kind === 'constant'), kinds.filter((kind) => kind !== 'constant').join());
  assert.ok(visits <= 2 * nodes);
});

test('deeply nested loops and a long chain of helpers finish within the step budget and never answer safe', () => {
  const nested = ['def view(request):', '    x = request.GET["q"]'];
  for (let depth = 0; depth < 12; depth++) nested.push(`${'    '.repeat(depth + 1)}for i${depth} in range(3):`, `${'    '.repeat(depth + 2)}x = x + str(i${depth})`);
  nested.push('    sink(x)');
  const helpers = [];
  for (let index = 0; index < 60; index++) helpers.push(`def h${index}(v):`, `    return h${index + 1}(v)`);
  helpers.push('def h60(v):', '    return v', 'def other(request):', '    sink(h0(request.GET["q"]))');
  const source = [...nested, ...helpers].join('\n');
  const root = parsePython(source).rootNode;
  const module = new ModuleFacts(root, source);
  const calls = root.descendantsOfType('call').filter((call) => call.childForFieldName('function').text === 'sink');
  for (const call of calls) {
    const kind = traceValue(call.childForFieldName('arguments').firstNamedChild, module).kind;
    assert.ok(!['constant', 'sanitised'].includes(kind), `${call.text}: ${kind}`);
  }
});
