import type { TForecastSnapshot } from '~/domain/forecast/snapshot';

/**
 * The job's JSON output for BI tools and scripts: the headline figures of a
 * snapshot with names instead of ids. Money in integer minor units of
 * `currency`; rates 0–1.
 */
export function forecastJson(snapshotId: string, s: TForecastSnapshot) {
  const owner = new Map(s.dimensions.owners.map((o) => [o.id, o.name]));
  const all = (period: 'month' | 'quarter') => s.pipeline.filter((r) => r.groupBy === 'all' && r.period === period);
  return {
    snapshotId,
    organizationId: s.organizationId,
    asOf: s.asOf,
    currency: s.currency,
    timeZone: s.timeZone,
    bookingsByMonth: {
      actual: s.bookings.history,
      currentMonth: s.bookings.currentMonth,
      forecast: { method: s.bookings.forecast.method, message: s.bookings.forecast.message, seasonal: s.bookings.forecast.seasonal, parameters: s.bookings.forecast.parameters, level: s.bookings.forecast.level, points: s.bookings.forecast.points },
    },
    winRates: {
      overall: s.winRates.overall,
      byOwner: s.winRates.byOwner.map((w) => ({ ...w, ownerName: owner.get(w.ownerId) ?? null })),
    },
    weightedPipelineByMonth: s.months.map((month) => {
      const row = all('month').find((r) => r.bucket === month);
      return { month, weightedMinor: row?.weightedMinor ?? 0, unweightedMinor: row?.unweightedMinor ?? 0, byCategory: row?.byCategory ?? null, weightedByCategory: row?.weightedByCategory ?? null };
    }),
    kpis: s.kpis,
    revenue: {
      iterations: s.monteCarlo.iterations,
      seed: s.monteCarlo.seed,
      probability: s.monteCarlo.probability,
      months: s.monteCarlo.months.map(({ month, p10, p50, p90, mean }) => ({ month, p10, p50, p90, mean })),
      quarters: s.monteCarlo.quarters.map(({ quarter, p10, p50, p90, mean }) => ({ quarter, p10, p50, p90, mean })),
      total: { p10: s.monteCarlo.total.p10, p50: s.monteCarlo.total.p50, p90: s.monteCarlo.total.p90, mean: s.monteCarlo.total.mean },
      /** Per owner, team (key null: no team) and pipeline, from the first `runs` runs of the same simulation. */
      byGroup: s.monteCarlo.byGroup.map((g) => ({
        groupBy: g.groupBy,
        key: g.key,
        name: g.groupBy === 'owner' ? (owner.get(g.key ?? '') ?? null) : null,
        openDeals: g.openDeals,
        runs: g.runs,
        quarters: g.quarters.map(({ quarter, p10, p50, p90, mean }) => ({ quarter, p10, p50, p90, mean })),
        total: { p10: g.total.p10, p50: g.total.p50, p90: g.total.p90, mean: g.total.mean },
      })),
    },
  };
}
