/**
 * Arrival times (monotonic ms) of events, grouped by a key such as
 * `<cardId>:<version>`. Arrivals are kept even before anyone waits for them.
 */
export function createReceipts() {
  const times = new Map<string, number[]>();
  const waiters = new Map<string, { count: number; resolve: () => void }>();

  function add(key: string, at: number) {
    const list = times.get(key) ?? [];
    list.push(at);
    times.set(key, list);
    const waiter = waiters.get(key);
    if (waiter && list.length >= waiter.count) {
      waiters.delete(key);
      waiter.resolve();
    }
  }

  /** Resolves once `count` events with `key` have arrived; rejects after `timeoutMs`. */
  function waitFor(key: string, count: number, timeoutMs = 10_000): Promise<void> {
    if ((times.get(key)?.length ?? 0) >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.delete(key);
        reject(new Error(`only ${times.get(key)?.length ?? 0}/${count} events "${key}" within ${timeoutMs} ms`));
      }, timeoutMs);
      waiters.set(key, { count, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  /** Removes and returns whatever arrived for `key` so far. */
  function take(key: string): number[] {
    const list = times.get(key) ?? [];
    times.delete(key);
    return list;
  }

  return { add, waitFor, take, clear: () => times.clear() };
}

export type TReceipts = ReturnType<typeof createReceipts>;
