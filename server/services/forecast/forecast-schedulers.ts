import type { Db } from '~/db/client';
import type { TForecastScheduler } from './schedule-forecast';

/**
 * The server's forecast scheduler, found from the database it serves, so a
 * procedure can ask for a recompute without the scheduler in its context.
 * Absent when procedures run without a server (tests with a caller).
 */
const schedulers = new WeakMap<Db, TForecastScheduler>();

export const registerForecastScheduler = (db: Db, scheduler: TForecastScheduler) => schedulers.set(db, scheduler);
export const forecastSchedulerFor = (db: Db): TForecastScheduler | undefined => schedulers.get(db);
