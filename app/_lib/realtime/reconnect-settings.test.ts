import { Manager } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { reconnectDelayMs, SOCKET_RECONNECTION, spreadReconnects } from './reconnect-settings';

describe('reconnectDelayMs', () => {
  it.each([
    // attempt, random, expected ms: 250 × 2^attempt, never above 500, shortened by up to 50 %
    [0, 0, 250],
    [0, 0.5, 188],
    [0, 1, 125],
    [1, 0, 500],
    [1, 1, 250],
    [2, 0, 500],
    [3, 1, 250],
    [40, 0.5, 375],
  ])('attempt %i, random %f: %i ms', (attempt, random, expected) => {
    expect(reconnectDelayMs(attempt, () => random)).toBe(expected);
  });
});

describe('spreadReconnects', () => {
  it('makes a socket.io Manager use reconnectDelayMs, still spread at the cap', () => {
    const manager = new Manager('http://127.0.0.1:9', { ...SOCKET_RECONNECTION, autoConnect: false });
    const randoms = [0, 1, 0.5, 1];
    spreadReconnects(manager, () => randoms.shift() ?? 0);
    const backoff = (manager as unknown as { backoff: { attempts: number; duration: () => number } }).backoff;
    expect([backoff.duration(), backoff.duration(), backoff.duration(), backoff.duration()]).toEqual([250, 250, 375, 250]);
    expect(backoff.attempts).toBe(4);
  });
});
