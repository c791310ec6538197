import type { Db } from '~/db/client';
import { rootLogger } from '~/server/observability/logger';
import type { TPublish } from '~/server/trpc/context';
import { detectOverdueInvoices } from './detect-overdue-invoices';

/** How often the server looks for invoices that became overdue. */
export const OVERDUE_INTERVAL_MS = 60_000;

/**
 * Runs detectOverdueInvoices every minute inside the server process (the
 * first run after `firstDelayMs`, by default one interval), never two runs at once. Failures are logged and
 * retried on the next tick. Returns a stop function that waits for a run in
 * progress, so the database can be closed safely afterwards.
 */
export function scheduleOverdueDetection(db: Db, publish: TPublish, opts: { intervalMs?: number; firstDelayMs?: number } = {}) {
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = detectOverdueInvoices(db, new Date(), publish)
      .then(() => undefined)
      .catch((error: unknown) => rootLogger().error({ err: error }, 'overdue invoice detection failed'))
      .finally(() => (running = null));
  };
  const interval = opts.intervalMs ?? OVERDUE_INTERVAL_MS;
  const first = setTimeout(tick, opts.firstDelayMs ?? interval);
  const timer = setInterval(tick, interval);
  first.unref();
  timer.unref();
  return async function stop() {
    stopped = true;
    clearTimeout(first);
    clearInterval(timer);
    await running;
  };
}
