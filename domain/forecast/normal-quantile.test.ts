import { describe, expect, it } from 'vitest';
import { normalQuantile } from './normal-quantile';

// qnorm() values printed by R 4.2.2 with digits = 17.
describe('normalQuantile (AS 241)', () => {
  it.each([
    [0.975, 1.9599639845400536],
    [0.025, -1.9599639845400538],
    [0.9, 1.2815515655446008],
    [0.995, 2.5758293035489],
    [0.95, 1.6448536269514715],
    [0.5, 0],
    [1e-12, -7.0344838253011321],
  ])('Φ⁻¹(%s) = %s', (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 14);
  });

  it('handles the ends and rejects nonsense', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(() => normalQuantile(1.5)).toThrow(RangeError);
  });
});
