// --shard I/N: disjoint, complete and deterministic partitions, through the function and through the CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inShard, parseShard, shardOf } from '../dist/files/shard.js';

const PATHS = Array.from({ length: 500 }, (_, i) => `pkg${i % 7}/sub dir/module_${i}.py`).concat(['ünïcode/é.py', 'a.py', 'tests/test_a.py']);

test('shards are disjoint and together hold every path, for several N', () => {
  for (const count of [1, 2, 3, 4, 8, 16]) {
    const owners = new Map();
    for (let index = 1; index <= count; index++) {
      for (const path of PATHS.filter((candidate) => inShard(candidate, { index, count }))) {
        assert.ok(!owners.has(path), `${path} in shard ${owners.get(path)} and ${index} of ${count}`);
        owners.set(path, index);
      }
    }
    assert.equal(owners.size, PATHS.length, `every path in some shard of ${count}`);
  }
});

test('the partition depends on the path alone: fixed values, stable under other files coming and going', () => {
  // Fixed expectations (32-bit FNV-1a, checked against an independent implementation): the split must not change
  // between versions, machines or runs, since CI matrices rely on it.
  assert.deepEqual(['a.py', 'tests/test_a.py', 'ünïcode/é.py'].map((path) => shardOf(path, 4)), [2, 1, 2]);
  const before = PATHS.map((path) => shardOf(path, 5));
  const after = PATHS.slice(100).map((path) => shardOf(path, 5));
  assert.deepEqual(after, before.slice(100));
});

test('shards of a real corpus are roughly even', () => {
  const sizes = [1, 2, 3, 4].map((index) => PATHS.filter((path) => inShard(path, { index, count: 4 })).length);
  for (const size of sizes) assert.ok(size > PATHS.length / 4 * 0.75 && size < PATHS.length / 4 * 1.25, `shard sizes ${sizes}`);
});

test('parseShard accepts I/N with 1 ≤ I ≤ N and rejects the rest', () => {
  assert.deepEqual(parseShard('2/4'), { index: 2, count: 4 });
  assert.deepEqual(parseShard('1/1'), { index: 1, count: 1 });
  for (const bad of ['0/4', '5/4', '1/0', '2', 'a/b', '-1/3', '1/2/3']) assert.throws(() => parseShard(bad), /--shard/);
});

test('the CLI reviews each file in exactly one shard, and a bad spec is a usage error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shard-'));
  try {
    mkdirSync(join(dir, 'src'));
    const names = Array.from({ length: 12 }, (_, i) => `src/m${i}.py`);
    for (const name of names) writeFileSync(join(dir, name), `import subprocess\nsubprocess.call(x, shell=True)  # ${name}\n`);
    const cli = join(import.meta.dirname, '..', 'dist', 'cli.cjs');
    const seen = [];
    for (let index = 1; index <= 3; index++) {
      const run = spawnSync(process.execPath, [cli, '--no-cache', '--no-config', '--shard', `${index}/3`, '--format', 'json', 'src'], { cwd: dir, encoding: 'utf8' });
      const report = JSON.parse(run.stdout);
      const paths = [...new Set(report.findings.filter((f) => f.rule === 'subprocess-shell-true').map((f) => f.path))];
      assert.equal(report.files.scanned, paths.length);
      seen.push(...paths);
    }
    assert.deepEqual(seen.sort(), [...names].sort());
    const bad = spawnSync(process.execPath, [cli, '--no-cache', '--shard', '4/3', 'src'], { cwd: dir, encoding: 'utf8' });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--shard 4\/3: I must be between 1 and N/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
