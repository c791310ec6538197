import { describe, expect, it } from 'vitest';
import { createRandom, hashSeed } from './random';

describe('createRandom', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = createRandom('demo');
    const b = createRandom(hashSeed('demo'));
    const draw = (r: ReturnType<typeof createRandom>) => [r.next(), r.int(1, 6), r.uuid(), r.normal(0, 1)];
    expect(draw(a)).toEqual(draw(b));
    expect(createRandom(1).next()).not.toBe(createRandom(2).next());
  });

  it('keeps values in range', () => {
    const r = createRandom(42);
    for (let i = 0; i < 2000; i++) {
      const x = r.next();
      expect(x >= 0 && x < 1).toBe(true);
      const n = r.int(-3, 3);
      expect(Number.isInteger(n) && n >= -3 && n <= 3).toBe(true);
    }
  });

  it('has roughly the requested moments and weights', () => {
    const r = createRandom(7);
    const n = 20000;
    const xs = Array.from({ length: n }, () => r.normal(10, 2));
    const mean = xs.reduce((s, x) => s + x, 0) / n;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / n);
    expect(mean).toBeCloseTo(10, 1);
    expect(sd).toBeCloseTo(2, 1);
    const hits = Array.from({ length: n }, () => r.weighted([['a', 1], ['b', 3]] as const)).filter((v) => v === 'b');
    expect(hits.length / n).toBeCloseTo(0.75, 1);
    expect(Array.from({ length: n }, () => r.chance(0.2)).filter(Boolean).length / n).toBeCloseTo(0.2, 1);
  });

  it('makes v4-shaped uuids and shuffles without losing items', () => {
    const r = createRandom(3);
    expect(r.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(r.shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(r.digits(6)).toMatch(/^\d{6}$/);
    expect(() => r.pick([])).toThrow(RangeError);
  });
});
