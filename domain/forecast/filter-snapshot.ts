import { bookingsForecast } from './build-snapshot';
import { forecastBookings } from './forecast-heavy';
import { groupBookingsByMonth } from './group-accuracy';
import { SALES_KPI_KEYS } from './group-kpis';
import { isGroup } from './kpi-group';
import type { TForecastSnapshot } from './snapshot';

/** A filtered view: one owner, team (null id = no team) or pipeline, and a range of months 'YYYY-MM' (inclusive). */
type TGroup = { groupBy: 'owner' | 'team' | 'pipeline'; key: string | null };

/** The one group a filter narrows to (the most specific wins: owner, then team, then pipeline), or null for the organization. */
export function groupOfFilter(f: TSnapshotFilter): TGroup | null {
  return f.owner ? { groupBy: 'owner', key: f.owner } : f.team !== undefined ? { groupBy: 'team', key: f.team } : f.pipeline ? { groupBy: 'pipeline', key: f.pipeline } : null;
}

export type TSnapshotFilter = { owner?: string; team?: string | null; pipeline?: string; from?: string; to?: string };

/**
 * The snapshot narrowed to one dimension and period: pipeline rows of that
 * group (the organization's when no dimension is given) within the months
 * and the quarters they touch, and the group's bookings with their own
 * forecast, overrides, win rates, Monte Carlo (zero when it has no open
 * deals), KPIs (its deals', orders' and invoices'; only the sales KPIs in a
 * snapshot stored before orders were broken down) and calibration (from its
 * own closed deals). The group's accuracy needs past snapshots and is
 * read by the caller (server/services/forecast/get-latest-forecast.ts). The
 * most specific filter wins: owner, then team, then pipeline.
 */
export function filterSnapshot(s: TForecastSnapshot, f: TSnapshotFilter): TForecastSnapshot {
  const group = groupOfFilter(f);
  const months = s.months.filter((m) => (!f.from || m >= f.from) && (!f.to || m <= f.to));
  const quarters = s.quarters.filter((q) => months.some((m) => quarterKey(m) === q));
  const inPeriod = (bucket: string) => months.includes(bucket) || quarters.includes(bucket);
  const owners = group?.groupBy === 'owner' ? new Set([group.key]) : group?.groupBy === 'team' ? new Set(s.dimensions.owners.filter((o) => o.teamId === group.key).map((o) => o.id)) : null;
  return {
    ...s,
    months,
    quarters,
    pipeline: s.pipeline.filter((r) => (group ? isGroup(r, group) : true) && inPeriod(r.bucket)),
    overrides: s.overrides.filter((o) => (!owners || owners.has(o.ownerId)) && months.includes(o.month)),
    bookings: {
      ...s.bookings,
      historyBy: s.bookings.historyBy.filter((b) => !group || isGroup(b, group)),
      forecast: group ? groupBookingsForecast(s, group) : s.bookings.forecast,
    },
    winRates: { ...s.winRates, byOwner: s.winRates.byOwner.filter((w) => !owners || owners.has(w.ownerId)) },
    calibration: group ? calibrationOf(s.calibration, group) : s.calibration,
    monteCarlo: group ? monteCarloOf(s.monteCarlo, group) : s.monteCarlo,
    kpis: group ? kpisOf(s.kpis, group) : s.kpis,
  };
}

/** The snapshot without its per-group breakdowns (Monte Carlo, KPIs, calibration): what a view that already shows its group's figures needs. */
export function withoutBreakdowns(s: TForecastSnapshot): TForecastSnapshot {
  return { ...s, calibration: { ...s.calibration, byGroup: [] }, monteCarlo: { ...s.monteCarlo, byGroup: [] }, kpis: { ...s.kpis, byGroup: [] } };
}

/**
 * The group's KPIs in place of the organization's (none measured when it
 * has no deals or documents). A snapshot stored before orders and invoices
 * were broken down (documentsByGroup false) has the group's sales KPIs
 * only: its orders and cash stay the organization's.
 */
function kpisOf(kpis: TForecastSnapshot['kpis'], group: TGroup): TForecastSnapshot['kpis'] {
  // Snapshots stored before the breakdown have no byGroup.
  const found = (kpis.byGroup ?? []).find((g) => isGroup(g, group));
  const keys = kpis.documentsByGroup ? (Object.keys(kpis.values) as (keyof typeof kpis.values)[]) : SALES_KPI_KEYS;
  const own = Object.fromEntries(keys.map((key) => [key, found?.values[key] ?? { ...kpis.values[key]!, value: null, previous: null }]));
  return { ...kpis, values: { ...kpis.values, ...own } };
}

/**
 * The group's own bookings forecast: the same method as the organization's
 * (Holt-Winters, the better of additive and multiplicative, or the linear
 * trend with under two seasons) fitted to what the group won each month
 * (groupBookingsByMonth). A few milliseconds, so it is fitted when asked for
 * rather than stored.
 */
function groupBookingsForecast(s: TForecastSnapshot, group: TGroup): TForecastSnapshot['bookings']['forecast'] {
  return bookingsForecast(forecastBookings([...groupBookingsByMonth(s, group).values()], s.months.length), s.months);
}

/** The group's calibration tables in place of the organization's (empty when it has no closed deals; the organization's in a snapshot stored before the breakdown). */
function calibrationOf(c: TForecastSnapshot['calibration'], group: TGroup): TForecastSnapshot['calibration'] {
  // Snapshots stored before the breakdown have no byGroup: the organization's tables until the next run.
  if (!c.byGroup) return c;
  const found = c.byGroup.find((g) => isGroup(g, group));
  if (found) return { ...c, bands: found.bands, stages: found.stages, overall: found.overall, fromEvents: found.fromEvents };
  const none = { count: 0, won: 0, winRate: null, interval: null, entered: null };
  return { ...c, bands: c.bands.map((b) => ({ ...b, ...none, suggested: b.band / 100 })), stages: [], overall: { ...none, suggested: 0 }, fromEvents: 0 };
}

/** The group's simulation in place of the organization's. */
function monteCarloOf(mc: TForecastSnapshot['monteCarlo'], group: TGroup): TForecastSnapshot['monteCarlo'] {
  const found = (mc.byGroup ?? []).find((g) => isGroup(g, group));
  if (found) return { ...mc, iterations: found.runs, openDeals: found.openDeals, months: found.months, quarters: found.quarters, total: found.total };
  const zero = { p10: 0, p50: 0, p90: 0, mean: 0, sd: 0 };
  return { ...mc, openDeals: 0, months: mc.months.map((m) => ({ ...m, ...zero })), quarters: mc.quarters.map((q) => ({ ...q, ...zero })), total: zero };
}

const quarterKey = (month: string) => `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
