// Bounded work (src/python/taint): branchy reassignments that once made the tracer cubic (a 16 KB file took minutes)
// are analysed in work proportional to the file. Work is counted (statements and expressions visited), never timed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertTracedLinearly, branchy, traceAll } from './helpers/branchy-source.mjs';
import { parsePython } from '../dist/engine/parser.js';
import { ModuleFacts } from '../dist/python/module.js';
import { traceValue } from '../dist/python/taint.js';

test('a 26 KB file of branchy reassignments is traced with work linear in its size, and stays tainted', () => {
  const source = branchy(300);
  assert.ok(source.length >= 24 * 1024, `generated ${source.length} bytes`);
  assertTracedLinearly(assert, traceAll(branchy(100)), traceAll(source));
});

// Four times the 16 KB file that once took the tracer minutes (and, before call symbols were bounded per value,
// tens of seconds resolving them at its 1,800 sinks).
test('a 64 KB file of branchy reassignments is traced with work linear in its size, and stays tainted', () => {
  const source = branchy(900);
  assert.ok(source.length >= 64 * 1024, `generated ${source.length} bytes`);
  assertTracedLinearly(assert, traceAll(branchy(100)), traceAll(source));
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

// Past MAX_CALL_SYMBOLS (src/python/taint/value.ts) a value's symbols of one function merge: what they resolve to is
// the union of theirs, so the strongest kind at the sink is kept, and a sanitised call stays sanitised.
test('call symbols merged past the bound keep every kind their calls return', () => {
  const view = (...last) => {
    const lines = ['import os, shlex', 'def wrap(v, w="k"):', '    return v + w', 'def view(request, n):', '    x = "a"'];
    for (let index = 0; index < 12; index++) lines.push(`    if n == ${index}:`, `        x = wrap("c${index}")`);
    return [...lines, ...last, '    os.system(x)'].join('\n');
  };
  const traceSink = (source) => {
    const root = parsePython(source).rootNode;
    const call = root.descendantsOfType('call').filter((candidate) => candidate.childForFieldName('function').text === 'os.system').at(-1);
    return traceValue(call.childForFieldName('arguments').firstNamedChild, new ModuleFacts(root, source), { sink: 'shell' });
  };
  assert.equal(traceSink(view()).kind, 'constant');
  const quoted = traceSink(view('    if n:', '        x = wrap(shlex.quote(request.GET["q"]))'));
  assert.equal(quoted.kind, 'sanitised');
  assert.equal(traceSink(view('    if n:', '        x = wrap(shlex.quote(request.GET["q"]))', '    if n > 3:', '        x = wrap("z", request.GET["w"])')).kind, 'request');
  const looped = traceSink(view('    while n:', '        x = wrap(x)', '        if n:', '            x = wrap(request.GET["q"], x)'));
  assert.equal(looped.kind, 'request');
  assert.deepEqual(looped.flow.slice(0, 2), ['request.GET["q"] (line 33)', 'wrap() (line 33)']);
});
