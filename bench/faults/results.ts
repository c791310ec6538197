import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TConvergenceResult } from './scenarios/convergence';
import type { TKillsResult } from './scenarios/kills';
import type { TPostgresRestartResult } from './scenarios/postgres-restart';
import type { TReconnectCase } from './scenarios/reconnects';
import type { TRedisLossResult } from './scenarios/redis-loss';
import type { TFaultDriver } from './lib/target';

/** The run a scenario's figures come from. */
export type TScenarioRun = { command: string; date: string; load: string };

export type TScenarioKey = Exclude<keyof TDriverFaults, 'driver' | 'error' | 'runs'>;

/** Everything measured on one driver; scenarios fill in as they finish. */
export type TDriverFaults = {
  driver: TFaultDriver;
  convergence?: TConvergenceResult;
  kills?: TKillsResult;
  postgresRestart?: TPostgresRestartResult;
  redisLoss?: TRedisLossResult;
  reconnects?: TReconnectCase[];
  error?: string;
  /** Per scenario, the run its figures come from (runs of single scenarios or drivers are combined). */
  runs?: Partial<Record<TScenarioKey, TScenarioRun>>;
};

export type TFaultRun = { command: string; date: string; machine: string; load: string; runtimeSeconds: number; complete: boolean; drivers: TDriverFaults[] };

/** Committed beside RESULTS.md, so a later run of one scenario or driver keeps every other row. */
const STORE = fileURLToPath(new URL('./results.json', import.meta.url));

type TStore = Partial<Record<TFaultDriver, TDriverFaults>>;
const readStore = (): TStore => (existsSync(STORE) ? (JSON.parse(readFileSync(STORE, 'utf8')) as TStore) : {});

/**
 * Keeps each driver's latest result per scenario between runs, so a
 * Postgres-only and a PGlite-only run (or a rerun of one scenario) land in
 * one report. Only the given scenario (and its run) is replaced.
 */
export function saveScenarioResult<K extends Exclude<keyof TDriverFaults, 'driver' | 'runs'>>(driver: TFaultDriver, key: K, value: TDriverFaults[K], run: TScenarioRun) {
  const store = readStore();
  const previous = store[driver] ?? { driver };
  const runs = key === 'error' ? previous.runs : { ...previous.runs, [key]: run };
  store[driver] = { ...previous, [key]: value, runs };
  writeFileSync(STORE, `${JSON.stringify(store, null, 1)}\n`);
}

export function loadDriverResults(driver: TFaultDriver): TDriverFaults | undefined {
  return readStore()[driver];
}
