import { createHash } from 'node:crypto';
import type { Db } from '~/db/client';
import { loadClosedDealFacts } from '~/db/queries/forecast/closed-deal-facts';
import { loadDocumentKpis } from '~/db/queries/forecast/kpi-inputs';
import { loadForecastOrg, loadOwnerNames } from '~/db/queries/forecast/load-forecast-org';
import { loadOpenDealCells } from '~/db/queries/forecast/open-deal-cells';
import { loadOpenDeals } from '~/db/queries/forecast/open-deals';
import { loadOverridesInForce } from '~/db/queries/forecast/overrides';
import { pastForecasts } from '~/db/queries/forecast/snapshots';
import { AppError } from '~/domain/app-error';
import { bookingHistory, buildSnapshot } from '~/domain/forecast/build-snapshot';
import { bookingRows, calibrationGroups, kpiPeriodInput, pipelineRows, slippageHistogram, winCounts as countWins } from '~/domain/forecast/closed-facts';
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
  const periods = dates.kpi;
  // Independent reads, issued together: on Postgres they run on separate pooled connections.
  const [closedFacts, openCells, openDeals, documents, overrides, past] = await Promise.all([
    loadClosedDealFacts(db, { ...q, current: periods.current, previous: periods.previous }),
    loadOpenDealCells(db, { ...q, createdBefore: periods.previous.to }),
    loadOpenDeals(db, org.id, currency),
    loadDocumentKpis(db, { ...q, current: periods.current, previous: periods.previous }),
    loadOverridesInForce(db, org.id, firstMonth),
    pastForecasts(db, { ...q, months: dates.accuracyMonths }),
  ]);
  const known = new Set(org.owners.map((o) => o.id));
  const formerOwners = [...new Set([...closedFacts, ...openCells].map((r) => r.ownerId))].filter((id) => !known.has(id));
  const owners = [...org.owners, ...(await loadOwnerNames(db, org.id, formerOwners))];
  const pipeline = pipelineRows(openCells, closedFacts, dates.months);
  const bookings = bookingRows(closedFacts);
  const winCounts = countWins(closedFacts);
  const closedGroups = calibrationGroups(closedFacts);
  const slippage = slippageHistogram(closedFacts);
  const days = (p: { from: string; to: string }) => Math.round((Date.parse(`${p.to}T00:00:00Z`) - Date.parse(`${p.from}T00:00:00Z`)) / 86_400_000);
  const kpiInput = (period: 'current' | 'previous') =>
    kpiPeriodInput({ period, currency, periodDays: days(periods[period]), documents: documents[period], closed: closedFacts, open: openCells, pipelineToMonth: periods[period].pipelineTo.slice(0, 7) });

  const heavyInput: THeavyInput = {
    months: dates.months,
    bands: org.probabilityBands,
    openDeals,
    closedGroups,
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
    dimensions: { owners, teams: org.teams, pipelines: org.pipelines },
    pipeline,
    overrides,
    bookings,
    winCounts,
    slippage,
    calibrationFromEvents: closedFacts.reduce((s, f) => s + (f.fromEvent ? f.deals : 0), 0),
    openDeals: openDeals.amountMinor.length,
    closedDeals: closedGroups.reduce((s, g) => s + g.deals, 0),
    kpis: { period: { from: dates.kpi.current.from, to: dates.kpi.current.to }, previousPeriod: { from: dates.kpi.previous.from, to: dates.kpi.previous.to }, current: kpiInput('current'), previous: kpiInput('previous') },
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
