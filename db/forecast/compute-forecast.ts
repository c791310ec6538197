import { createHash } from 'node:crypto';
import type { Db } from '~/db/client';
import { loadBookings } from '~/db/queries/forecast/bookings';
import { loadCalibrationInputs } from '~/db/queries/forecast/calibration-inputs';
import { loadKpiInputs } from '~/db/queries/forecast/kpi-inputs';
import { loadForecastOrg } from '~/db/queries/forecast/load-forecast-org';
import { loadOpenDeals } from '~/db/queries/forecast/open-deals';
import { loadOverridesInForce } from '~/db/queries/forecast/overrides';
import { loadPipelineCells } from '~/db/queries/forecast/pipeline-cells';
import { loadSlippage } from '~/db/queries/forecast/slippage';
import { pastForecasts } from '~/db/queries/forecast/snapshots';
import { loadWinCounts } from '~/db/queries/forecast/win-rates';
import { AppError } from '~/domain/app-error';
import { bookingHistory, buildSnapshot } from '~/domain/forecast/build-snapshot';
import type { THeavyInput, THeavyResult } from '~/domain/forecast/forecast-heavy';
import type { TForecastSnapshot } from '~/domain/forecast/snapshot';
import { forecastDates } from './forecast-dates';
import type { THeavyRunner } from './heavy-runner';

/** Simulation size: about this many deal draws per run, between the two iteration bounds. */
export const MONTE_CARLO = { drawBudget: 20_000_000, minIterations: 200, maxIterations: 2_000 };

/** Last heavy result per organization, reused while its inputs hash the same. */
export type THeavyCache = Map<string, { key: string; result: THeavyResult }>;

/**
 * Computes one organization's forecast as of `asOf`: every aggregate in SQL
 * (see db/queries/forecast), the heavy math through `runner` (a worker
 * thread), then the snapshot. Heavy results are reused from `cache` when
 * their inputs are byte-for-byte the same as last time (a run after an
 * order or invoice change, an override, or nothing at all).
 */
export async function computeForecast(db: Db, input: { organizationId: string; asOf: Date; runner: THeavyRunner; cache?: THeavyCache }): Promise<TForecastSnapshot> {
  const started = performance.now();
  const org = await loadForecastOrg(db, input.organizationId);
  if (!org) throw new AppError('NOT_FOUND', { message: `Organization ${input.organizationId} not found` });
  const { currency, timeZone } = org;
  const dates = forecastDates(input.asOf, timeZone);
  const firstMonth = dates.months[0]!;
  const q = { organizationId: org.id, timeZone, currency };
  const pipeline = await loadPipelineCells(db, { ...q, firstMonth });
  const openDeals = await loadOpenDeals(db, org.id, currency);
  const closedGroups = await loadCalibrationInputs(db, org.id);
  const slippage = await loadSlippage(db, org.id, timeZone);
  const bookings = await loadBookings(db, q);
  const winCounts = await loadWinCounts(db, org.id);
  const overrides = await loadOverridesInForce(db, org.id, firstMonth);
  const kpiCurrent = await loadKpiInputs(db, { ...q, period: dates.kpi.current });
  const kpiPrevious = await loadKpiInputs(db, { ...q, period: dates.kpi.previous });
  const past = await pastForecasts(db, { ...q, months: dates.accuracyMonths });

  const heavyInput: THeavyInput = {
    months: dates.months,
    bands: org.probabilityBands,
    openDeals,
    closedGroups: closedGroups.map(({ fromEvents: _f, ...g }) => g),
    slippage,
    bookings: bookingHistory(bookings, firstMonth).map((b) => b.amountMinor),
    seed: org.id,
    ...MONTE_CARLO,
  };
  const key = hashHeavyInput(heavyInput);
  const cached = input.cache?.get(org.id);
  let heavy: THeavyResult;
  let computedIn: 'worker' | 'main-thread' = 'worker';
  const reused = cached?.key === key;
  if (reused) heavy = cached.result;
  else {
    ({ result: heavy, computedIn } = await input.runner.run(heavyInput));
    input.cache?.set(org.id, { key, result: heavy });
  }
  return buildSnapshot({
    organizationId: org.id,
    asOf: input.asOf.toISOString(),
    timeZone,
    currency,
    months: dates.months,
    dimensions: { owners: org.owners, teams: org.teams, pipelines: org.pipelines },
    pipeline,
    overrides,
    bookings,
    winCounts,
    slippage,
    calibrationFromEvents: closedGroups.reduce((s, g) => s + g.fromEvents, 0),
    openDeals: openDeals.amountMinor.length,
    closedDeals: closedGroups.reduce((s, g) => s + g.deals, 0),
    kpis: { period: { from: dates.kpi.current.from, to: dates.kpi.current.to }, previousPeriod: { from: dates.kpi.previous.from, to: dates.kpi.previous.to }, current: kpiCurrent, previous: kpiPrevious },
    pastForecasts: past,
    heavy,
    seed: heavyInput.seed,
    meta: { durationMs: Math.round(performance.now() - started), computedIn, reusedHeavy: { monteCarlo: reused, bookingsForecast: reused } },
  });
}

function hashHeavyInput(input: THeavyInput): string {
  const h = createHash('sha256');
  const { openDeals, ...rest } = input;
  h.update(JSON.stringify(rest));
  h.update(new Uint8Array(openDeals.amountMinor.buffer, openDeals.amountMinor.byteOffset, openDeals.amountMinor.byteLength));
  h.update(openDeals.probability);
  h.update(openDeals.month.join(','));
  return h.digest('hex');
}
