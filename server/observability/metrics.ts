import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { TDbHandle } from '~/db/client';
import type { TIo } from '~/server/realtime/io';
import type { TObserveProcedure } from '~/server/trpc/context';
import { registerDbPoolMetrics } from './db-pool-metrics';

export type TMetrics = ReturnType<typeof createMetrics>;
export type TForecastOutcome = 'stored' | 'skipped' | 'failed';

const holder = globalThis as unknown as { __dealflowProcessRegistry?: Registry };

/** Node process metrics (CPU, memory, event loop lag, GC): once per process, whatever the number of servers. */
function processRegistry(): Registry {
  if (!holder.__dealflowProcessRegistry) {
    holder.__dealflowProcessRegistry = new Registry();
    collectDefaultMetrics({ register: holder.__dealflowProcessRegistry });
  }
  return holder.__dealflowProcessRegistry;
}

/**
 * The Prometheus metrics of one server instance (tests run several in one
 * process, so each has its own registry; process metrics are shared).
 * Durations are in seconds, as Prometheus expects.
 */
export function createMetrics(deps: { io: () => TIo; handle: TDbHandle }) {
  const registry = new Registry();
  const registers = [registry];
  const mutationSeconds = new Histogram({
    name: 'dealflow_trpc_mutation_duration_seconds',
    help: 'tRPC mutation time from the first middleware to the result (excludes HTTP session lookup in createContext), by procedure and transport (http, ws).',
    labelNames: ['procedure', 'transport', 'outcome'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers,
  });
  const broadcastSeconds = new Histogram({
    name: 'dealflow_broadcast_emit_duration_seconds',
    help: 'Time to emit one realtime event to its room(s) (socket.io encoding and writes to every local socket, plus the Redis publish in multi-node mode).',
    labelNames: ['event'] as const,
    buckets: [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05],
    registers,
  });
  const forecastSeconds = new Histogram({
    name: 'dealflow_forecast_run_duration_seconds',
    help: 'Forecast job runs of one organization, by outcome (stored, skipped: another process held the lock, failed).',
    labelNames: ['outcome'] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
    registers,
  });
  new Gauge({
    name: 'dealflow_socketio_connected_sockets',
    help: 'socket.io sockets connected to this server (authenticated; board listeners).',
    registers,
    collect() {
      this.set(deps.io().of('/').sockets.size);
    },
  });
  new Gauge({
    name: 'dealflow_socketio_rooms',
    help: 'socket.io rooms on this server (organization, user and board rooms plus one per socket).',
    registers,
    collect() {
      this.set(deps.io().of('/').adapter.rooms.size);
    },
  });
  registerDbPoolMetrics(registry, deps.handle);

  return {
    registry,
    /** An observer for the tRPC middleware (server/trpc/init.ts) of one transport. */
    procedureObserver: (transport: 'http' | 'ws'): TObserveProcedure => (sample) =>
      mutationSeconds.observe({ procedure: sample.path, transport, outcome: sample.ok ? 'ok' : 'error' }, sample.seconds),
    observeBroadcast: (event: string, seconds: number) => broadcastSeconds.observe({ event }, seconds),
    observeForecastRun: (outcome: TForecastOutcome, seconds: number) => forecastSeconds.observe({ outcome }, seconds),
    contentType: registry.contentType,
    /** The exposition text: this server's metrics, then the process's. */
    async render(): Promise<string> {
      return `${await registry.metrics()}\n${await processRegistry().metrics()}`;
    },
  };
}
