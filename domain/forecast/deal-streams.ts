/**
 * Common random numbers for the Monte Carlo: every (deal, iteration) pair
 * gets its own draws from a counter-based hash of (run seed, deal stream
 * key, iteration), instead of one sequential generator. A deal's draws do
 * not depend on the other deals or on their order, so one deal's
 * contribution can be subtracted and re-added exactly (incremental
 * recompute), and a run is reproducible from its seed.
 */

/** murmur3's 32-bit finalizer: a bijective avalanche mix. */
function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The per-deal base of its stream: run seed (32-bit) and the deal's two 32-bit keys. */
export function streamBase(seed: number, keyA: number, keyB: number): number {
  return mix32(mix32((keyA ^ seed) >>> 0) ^ Math.imul(keyB | 0, 0x27d4eb2f));
}

const GOLDEN = 0x9e3779b9;
const TWO_POW_32 = 4_294_967_296;

/** The win draw of iteration `it`, uniform in [0, 1) with 32 bits. */
export const winDraw = (base: number, it: number): number => mix32((base + Math.imul(it + 1, GOLDEN)) >>> 0) / TWO_POW_32;

/** The slip draw of iteration `it` (independent of the win draw), uniform in [0, 1). */
export const slipDraw = (base: number, it: number): number => mix32((base ^ Math.imul(it + 1, 0x85ebca77)) + 0x68e31da4) / TWO_POW_32;
