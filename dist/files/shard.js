export class ShardError extends Error {
}
export function parseShard(spec) {
    const match = /^(\d+)\/(\d+)$/.exec(spec.trim());
    if (!match)
        throw new ShardError(`--shard ${spec}: expected I/N, e.g. 2/4`);
    const index = Number(match[1]);
    const count = Number(match[2]);
    if (count < 1 || index < 1 || index > count)
        throw new ShardError(`--shard ${spec}: I must be between 1 and N (N ≥ 1)`);
    return { index, count };
}
/** The shard (1-based) a path belongs to among `count`. */
export function shardOf(path, count) {
    let hash = 0x811c9dc5;
    for (const byte of Buffer.from(path, 'utf8')) {
        hash ^= byte;
        hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return (hash % count) + 1;
}
export function inShard(path, shard) {
    return shardOf(path, shard.count) === shard.index;
}
