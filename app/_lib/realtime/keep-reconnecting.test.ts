import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepReconnecting } from './keep-reconnecting';

/** A socket whose middleware refusals leave it inactive, as socket.io-client does. */
function fakeSocket() {
  const listeners = new Map<string, ((error: Error) => void)[]>();
  return {
    active: false,
    connects: 0,
    connect() {
      this.connects += 1;
    },
    on(event: string, listener: (error: Error) => void) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    },
    off(event: string, listener: (error: Error) => void) {
      listeners.set(event, (listeners.get(event) ?? []).filter((l) => l !== listener));
    },
    emit(event: string, error = new Error('')) {
      for (const listener of listeners.get(event) ?? []) listener(error);
    },
  };
}

describe('keepReconnecting', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it.each([
    ['unavailable', false, 1],
    ['unauthorized', false, 0],
    ['forbidden', false, 0],
    // socket.io is still retrying by itself (a transport error): nothing to add
    ['timeout', true, 0],
  ])('refusal %s (socket active: %s): %i reconnect', (message, active, connects) => {
    const socket = fakeSocket();
    socket.active = active;
    keepReconnecting(socket, () => 0.5);
    socket.emit('connect_error', new Error(message));
    vi.advanceTimersByTime(250);
    expect(socket.connects).toBe(connects);
  });

  it('backs off while refused, resets after a connect, and stops when disposed', () => {
    const socket = fakeSocket();
    const stop = keepReconnecting(socket, () => 0.5);
    socket.emit('connect_error', new Error('unavailable'));
    vi.advanceTimersByTime(188);
    socket.emit('connect_error', new Error('unavailable'));
    vi.advanceTimersByTime(374);
    expect(socket.connects).toBe(1);
    vi.advanceTimersByTime(1);
    expect(socket.connects).toBe(2);
    socket.emit('connect');
    socket.emit('connect_error', new Error('unavailable'));
    vi.advanceTimersByTime(188);
    expect(socket.connects).toBe(3);
    stop();
    socket.emit('connect_error', new Error('unavailable'));
    vi.advanceTimersByTime(5000);
    expect(socket.connects).toBe(3);
  });
});
