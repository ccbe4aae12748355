// A small seeded PRNG (mulberry32) for generated test inputs: the same seed gives the same inputs on every run,
// so a failing case can be reproduced from its name alone.
export function seededRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    /** A float in [0, 1). */
    next,
    /** An integer in [0, n). */
    int: (n) => Math.floor(next() * n),
    pick: (list) => list[Math.floor(next() * list.length)],
    bytes(length) {
      const out = Buffer.alloc(length);
      for (let index = 0; index < length; index++) out[index] = Math.floor(next() * 256);
      return out;
    },
  };
}
