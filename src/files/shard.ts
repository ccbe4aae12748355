// `--shard I/N`: a deterministic split of the selected files for CI matrices. A file belongs to shard
// (hash(path) mod N) + 1, where hash is 32-bit FNV-1a of the path's UTF-8 bytes: the same path lands in the same
// shard on every machine and every run, the N shards are disjoint and together hold every file, and adding or
// removing a file never moves another one.
interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export class ShardError extends Error {}

export function parseShard(spec: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(spec.trim());
  if (!match) throw new ShardError(`--shard ${spec}: expected I/N, e.g. 2/4`);
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index < 1 || index > count) throw new ShardError(`--shard ${spec}: I must be between 1 and N (N ≥ 1)`);
  return { index, count };
}

/** The shard (1-based) a path belongs to among `count`. */
export function shardOf(path: string, count: number): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(path, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % count) + 1;
}

export function inShard(path: string, shard: Shard): boolean {
  return shardOf(path, shard.count) === shard.index;
}
