import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TConvergenceResult } from './scenarios/convergence';
import type { TKillsResult } from './scenarios/kills';
import type { TPostgresRestartResult } from './scenarios/postgres-restart';
import type { TReconnectCase } from './scenarios/reconnects';
import type { TRedisLossResult } from './scenarios/redis-loss';
import type { TFaultDriver } from './lib/target';

/** Everything measured on one driver; scenarios fill in as they finish. */
export type TDriverFaults = {
  driver: TFaultDriver;
  convergence?: TConvergenceResult;
  kills?: TKillsResult;
  postgresRestart?: TPostgresRestartResult;
  redisLoss?: TRedisLossResult;
  reconnects?: TReconnectCase[];
  error?: string;
};

export type TFaultRun = { command: string; date: string; machine: string; load: string; runtimeSeconds: number; complete: boolean; drivers: TDriverFaults[] };

const CACHE = fileURLToPath(new URL('../../node_modules/.cache/dealflow-faults/', import.meta.url));

/**
 * Keeps each driver's latest result per scenario between runs, so a
 * Postgres-only and a PGlite-only run (or a rerun of one scenario) land in
 * one report. Only the given scenario is replaced.
 */
export function saveScenarioResult<K extends Exclude<keyof TDriverFaults, 'driver'>>(driver: TDriverFaults['driver'], key: K, value: TDriverFaults[K]) {
  mkdirSync(CACHE, { recursive: true });
  const results: TDriverFaults = { ...(loadDriverResults(driver) ?? { driver }), [key]: value };
  writeFileSync(path.join(CACHE, `results-${driver}.json`), JSON.stringify(results));
}

export function loadDriverResults(driver: TFaultDriver): TDriverFaults | undefined {
  const file = path.join(CACHE, `results-${driver}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as TDriverFaults) : undefined;
}
