// Test helper for the tracer: the trace kind of the first argument of each `sink(...)` call in a source.
import { parsePython } from '../../dist/engine/parser.js';
import { ModuleFacts } from '../../dist/python/module.js';
import { traceValue } from '../../dist/python/taint.js';

/** Kinds in source order; the questions are asked in the order `order` gives (default: source), to show memo order does not matter. */
export function sinkKinds(source, options = {}, order) {
  const root = parsePython(source).rootNode;
  const module = new ModuleFacts(root, source);
  const calls = root.descendantsOfType('call').filter((call) => call.childForFieldName('function').text === 'sink');
  const result = new Array(calls.length);
  for (const index of order ?? calls.map((_, i) => i)) {
    result[index] = traceValue(calls[index].childForFieldName('arguments').firstNamedChild, module, options).kind;
  }
  return result;
}
