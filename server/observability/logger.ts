import pino, { type DestinationStream, type Logger } from 'pino';
import { getEnv, type TEnv } from '~/env';

export type TLogger = Logger;

/**
 * A pino logger writing JSON lines (to stdout, or to `destination` in tests).
 * Levels come from LOG_LEVEL; the hot path (moves, broadcasts) logs at debug
 * at most.
 */
export function createLogger(opts: { level: TEnv['LOG_LEVEL']; destination?: DestinationStream }): TLogger {
  const options = { level: opts.level, base: { pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime };
  return opts.destination ? pino(options, opts.destination) : pino(options);
}

const holder = globalThis as unknown as { __dealflowLogger?: TLogger };

/**
 * The process logger, for background code that has no server at hand
 * (schedulers, the Redis adapter). A configuration error falls back to info:
 * start-up reports the error itself.
 */
export function rootLogger(): TLogger {
  if (!holder.__dealflowLogger) {
    let level: TEnv['LOG_LEVEL'] = 'info';
    try {
      level = getEnv().LOG_LEVEL;
    } catch {
      // reported by server/index.ts
    }
    holder.__dealflowLogger = createLogger({ level });
  }
  return holder.__dealflowLogger;
}
