import { describe, expect, it } from 'vitest';
import { reconnectDelayMs } from './reconnect-settings';

describe('reconnectDelayMs', () => {
  it.each([
    // attempt, random, expected ms: 250 × 2^attempt, spread ±50 %, never above 1000
    [0, 0.5, 250],
    [0, 0, 125],
    [0, 1, 375],
    [1, 0.5, 500],
    [2, 0, 500],
    [2, 1, 1000],
    [3, 0, 1000],
    [40, 0.5, 1000],
  ])('attempt %i, random %f: %i ms', (attempt, random, expected) => {
    expect(reconnectDelayMs(attempt, () => random)).toBe(expected);
  });
});
