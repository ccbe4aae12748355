// Bounded work at size (src/python/taint; full suite, see scripts/run-tests.mjs): the branchy reassignments of
// test/taint-work.test.mjs at 64 KB, four times the 16 KB file that once took the tracer minutes. Work is counted
// (statements and expressions visited), never timed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertTracedLinearly, branchy, traceAll } from './helpers/branchy-source.mjs';

test('a 64 KB file of branchy reassignments is traced with work linear in its size, and stays tainted', () => {
  const source = branchy(900);
  assert.ok(source.length >= 64 * 1024, `generated ${source.length} bytes`);
  assertTracedLinearly(assert, traceAll(branchy(100)), traceAll(source));
});
