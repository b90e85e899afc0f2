/**
 * Seeded randomness: the same seed gives the same message ids and the same Health Status, so a
 * simulation run can be replayed exactly.
 */

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly [T, ...T[]]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
}

/**
 * mulberry32 (Tommy Ettinger's 32-bit generator): tiny, fast, good enough statistically for
 * simulation, and trivially reproducible from one 32-bit seed. Not for secrets.
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[int(0, items.length - 1)] ?? items[0],
    chance: (p) => next() < p,
  };
}

/** FNV-1a 32-bit hash of a string: turns a VIN or a run name into a seed. */
export function seedFromString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Message ids shaped like a version 4 UUID, drawn from the seeded generator. uplink.proto asks for
 * 8 to 64 characters of [A-Za-z0-9._:-] and suggests a UUID; 36 characters fit.
 */
export function createMessageIdFactory(random: Random): () => string {
  const hex = (count: number): string => {
    let out = '';
    for (let i = 0; i < count; i++) out += random.int(0, 15).toString(16);
    return out;
  };
  return () => `${hex(8)}-${hex(4)}-4${hex(3)}-${(8 + random.int(0, 3)).toString(16)}${hex(3)}-${hex(12)}`;
}
