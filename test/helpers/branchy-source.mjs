// The branchy-reassignment view of test/taint-work*.test.mjs (reassignments that once made the tracer cubic) and a
// tracer run over every sink in it that reports the tracer's counted work, never its time. The view holds a call of
// `helper` per fourth branch, each kept in x: its sinks once resolved every earlier call's symbol each (quadratic in
// symbols, cubic in time with the paths), now a bounded number (MAX_CALL_SYMBOLS in src/python/taint/value.ts).
import { parsePython } from '../../dist/engine/parser.js';
import { ModuleFacts } from '../../dist/python/module.js';
import { traceValue, traceWork } from '../../dist/python/taint.js';

/** A view with `branches` ifs, each reassigning x from itself and calling a sink; an else every fifth branch. */
export function branchy(branches) {
  const lines = ['import os', 'def helper(v):', '    return v + "!"', 'def view(request, y):', '    x = request.GET["q"]', '    z = "safe"'];
  for (let index = 0; index < branches; index++) {
    lines.push(`    if y == ${index}:`, [`        x = x + y`, `        x = helper(x)`, `        x = f(x)`, `        z = x`][index % 4], '        os.system(x)', '        os.system(z)');
    if (index % 5 === 0) lines.push('    else:', `        x = x + "${index}"`, '        z = "reset"');
  }
  lines.push('    os.system(x)', '    os.system(z)');
  return lines.join('\n');
}

/**
 * The kind of every `os.system` argument, the tree's size, the statements and expressions the tracer visited, and
 * the call symbols it resolved at the sinks.
 */
export function traceAll(source) {
  const root = parsePython(source).rootNode;
  const module = new ModuleFacts(root, source);
  const sinks = root.descendantsOfType('call').filter((call) => call.childForFieldName('function').text === 'os.system');
  const kinds = sinks.map((call) => traceValue(call.childForFieldName('arguments').firstNamedChild, module, { sink: 'shell' }).kind);
  const work = traceWork(module);
  return { kinds, nodes: root.descendantCount, visits: work.statements + work.expressions, analyses: work.analyses, resolutions: work.resolutions };
}

/** What must hold of a large branchy file's trace, against a small one's: tainted where it should be, linear work. */
export function assertTracedLinearly(assert, small, large) {
  // Sinks alternate x, z; z holds request data once a `z = x` branch may have run (the fourth branch on).
  assert.ok(large.kinds.filter((_, index) => index % 2 === 0).every((kind) => kind === 'request'), 'every sink of x gets request data');
  assert.deepEqual(large.kinds.slice(1, 8).filter((_, index) => index % 2 === 0), ['constant', 'constant', 'constant', 'request']);
  assert.equal(large.kinds.at(-1), 'request');
  // Each function is analysed once however many sinks ask; visits grow with the file, not with its square.
  assert.equal(large.analyses, 2);
  assert.ok(large.visits <= 2 * large.nodes, `${large.visits} visits for ${large.nodes} nodes`);
  assert.ok(large.visits / small.visits < 1.5 * (large.nodes / small.nodes), `${small.visits} → ${large.visits} visits`);
  // Call symbols resolved over all sinks grow with the file too: each sink's value keeps a bounded number of them.
  assert.ok(small.resolutions > 0, 'the helper calls are resolved at the sinks');
  assert.ok(large.resolutions / small.resolutions < 1.5 * (large.nodes / small.nodes), `${small.resolutions} → ${large.resolutions} call symbols resolved`);
}
