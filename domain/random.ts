import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/**
 * A seeded, deterministic random source (xoroshiro128+ from pure-rand). The
 * same seed always yields the same sequence, so demo data and simulations are
 * reproducible. Not for anything security related.
 */
export type TRandom = {
  /** Float in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** Float in [min, max). */
  float(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** Picks a value with probability proportional to its weight (weights >= 0, not all 0). */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** Normally distributed value (Box–Muller). */
  normal(mean: number, sd: number): number;
  /** Log-normal value: `median * e^(sigma * N(0,1))`. */
  logNormal(median: number, sigma: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** `n` random decimal digits as a string. */
  digits(n: number): string;
  /** A version-4-shaped UUID built from the stream. */
  uuid(): string;
};

/** 32-bit FNV-1a hash, so a readable string can serve as a seed. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

/** Creates a random source; a string seed is hashed with {@link hashSeed}. */
export function createRandom(seed: number | string): TRandom {
  const rng = xoroshiro128plus(typeof seed === 'string' ? hashSeed(seed) : seed | 0);
  const next = () => uniformFloat64(rng);
  const int = (min: number, max: number) => {
    if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || max < min) {
      throw new RangeError(`int(${min}, ${max}): need integers with min <= max`);
    }
    return uniformInt(rng, min, max);
  };
  const normal = (mean: number, sd: number) => {
    const u1 = 1 - next(); // (0, 1]: log() stays finite
    const u2 = next();
    return mean + sd * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  };
  const random: TRandom = {
    next,
    int,
    float: (min, max) => min + (max - min) * next(),
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick() from an empty list');
      return items[int(0, items.length - 1)]!;
    },
    weighted: (entries) => {
      const total = entries.reduce((sum, [, w]) => sum + Math.max(0, w), 0);
      if (!(total > 0)) throw new RangeError('weighted() needs a positive total weight');
      let target = next() * total;
      for (const [value, w] of entries) {
        target -= Math.max(0, w);
        if (target < 0) return value;
      }
      return entries[entries.length - 1]![0];
    },
    normal,
    logNormal: (median, sigma) => median * Math.exp(normal(0, sigma)),
    chance: (p) => next() < p,
    shuffle: (items) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy;
    },
    digits: (n) => Array.from({ length: n }, () => String(int(0, 9))).join(''),
    uuid: () => {
      const bytes = Array.from({ length: 16 }, () => int(0, 255));
      bytes[6] = (bytes[6]! & 0x0f) | 0x40;
      bytes[8] = (bytes[8]! & 0x3f) | 0x80;
      const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    },
  };
  return random;
}
