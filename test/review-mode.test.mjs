// One function decides the mode of a review (src/review/request.ts), and everything that depends on the mode asks
// it: which config is read (and from where), whether the baseline comes from the index. The CLI translates its flags
// into the request once (src/cli/request.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { configScope, readsIndex, reviewMode } from '../dist/review/request.js';
import { parseArgs } from '../dist/cli/args.js';
import { reviewRequest } from '../dist/cli/request.js';
import { UsageError } from '../dist/errors.js';

const usageError = (message) => (error) => error instanceof UsageError && error.message === message;

test('the mode: the mode flag given, else PATH mode with paths, else the staged changes', () => {
  assert.equal(reviewMode({}, []), 'staged');
  assert.equal(reviewMode({}, ['src']), 'paths');
  assert.equal(reviewMode({ all: true }, []), 'all');
  assert.equal(reviewMode({ all: true }, ['src']), 'all'); // pathspecs limit --all
  assert.equal(reviewMode({ rev: 'A..B' }, []), 'rev');
  assert.equal(reviewMode({ staged: true }, ['src']), 'staged');
  assert.equal(reviewMode({ preCommit: true }, ['a.py']), 'pre-commit');
  assert.equal(reviewMode({ prePush: true }, ['origin', 'git@example.invalid:x.git']), 'pre-push');
  assert.throws(() => reviewMode({ all: true, rev: 'HEAD' }, []), usageError('--all and --rev cannot be combined'));
  assert.throws(() => reviewMode({ staged: true, prePush: true }, []), usageError('--pre-push and --staged cannot be combined'));
});

test('every git mode searches the top level for its config; only staged content is read from the index', () => {
  for (const mode of ['staged', 'pre-commit']) assert.deepEqual(configScope(mode), { search: 'top-level', fromIndex: true }, mode);
  // --pre-push with git's remote name and URL as arguments is a git mode like the others, whatever it is given.
  for (const mode of ['all', 'rev', 'pre-push']) assert.deepEqual(configScope(mode), { search: 'top-level', fromIndex: false }, mode);
  assert.deepEqual(configScope('paths'), { search: 'upward', fromIndex: false });
  assert.equal(readsIndex('pre-push'), false);
});

test('the CLI builds the whole request from its flags once', () => {
  const request = reviewRequest(parseArgs(['--rev', 'A...B', '--rule', 'B602=off', '--format', 'json', '--no-cache', '--changed-lines', '-j', '2', '--config', 'c.json', 'src']));
  assert.equal(request.mode, 'rev');
  assert.equal(request.range, 'A...B');
  assert.deepEqual(request.paths, ['src']);
  assert.deepEqual(request.config, { file: 'c.json', ignoreFiles: undefined, refuseJavaScript: undefined });
  assert.deepEqual(request.settings.rules, ['B602=off']);
  assert.deepEqual(request.settings.formats, ['json']);
  assert.equal(request.settings.cache, false);
  assert.equal(request.jobs, 2);
  assert.equal(request.changedLines, true);
  assert.throws(() => reviewRequest(parseArgs(['--jobs', '0'])), usageError('--jobs 0: expected a whole number ≥ 1'));
});
