// The pool's crossover rule: pure, so every case is checked here without starting a thread.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analysisThreads, PARALLEL_MIN_WORK, WORK_PER_FILE } from '../dist/engine/analysis-threads.js';

test('one file, or little work, stays on this thread', () => {
  assert.equal(analysisThreads({ files: 1, bytes: 10_000_000, cores: 2 }), 1);
  assert.equal(analysisThreads({ files: 2, bytes: 20_000, cores: 2 }), 1); // a 2-file commit never starts a worker
  assert.equal(analysisThreads({ files: 10, bytes: PARALLEL_MIN_WORK - 10 * WORK_PER_FILE - 1, cores: 2 }), 1);
});

test('from PARALLEL_MIN_WORK (bytes plus a fixed cost per file) every core is used, never more threads than files', () => {
  assert.equal(analysisThreads({ files: 10, bytes: PARALLEL_MIN_WORK - 10 * WORK_PER_FILE, cores: 2 }), 2);
  assert.equal(analysisThreads({ files: 3, bytes: 2_000_000, cores: 8 }), 3);
  // The bench's 50-file commit (692 KB of Nova) uses both cores; 40 files of 393 KiB, where a second thread lost
  // on a quiet machine (bench/crossover.mjs), stay on one.
  assert.equal(analysisThreads({ files: 50, bytes: 692_000, cores: 2 }), 2);
  assert.equal(analysisThreads({ files: 50, bytes: 692_000, cores: 1 }), 1);
  assert.equal(analysisThreads({ files: 40, bytes: 393 * 1024, cores: 2 }), 1);
});

test('--jobs decides alone, bounded by the files', () => {
  assert.equal(analysisThreads({ files: 2, bytes: 100, cores: 2, jobs: 4 }), 2);
  assert.equal(analysisThreads({ files: 500, bytes: 50_000_000, cores: 8, jobs: 1 }), 1);
  assert.equal(analysisThreads({ files: 500, bytes: 100, cores: 1, jobs: 3 }), 3);
  assert.equal(analysisThreads({ files: 5, bytes: 100, cores: 2, jobs: 0 }), 1);
});
