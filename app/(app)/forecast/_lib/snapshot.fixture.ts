import type { TForecastSnapshot } from '~/domain/forecast/snapshot';

const months = ['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04'];
const cell = (deals: number, pipeline: number, bestCase: number, commit: number, closed: number, weighted: number, omitted = 0) => ({
  deals,
  unweightedMinor: pipeline + bestCase + commit,
  weightedMinor: weighted,
  byCategory: { pipeline, best_case: bestCase, commit, closed, omitted },
  // The fixture's open deals are weighted in the same proportion per category; closed counts in full.
  weightedByCategory: weightedCategories(pipeline, bestCase, commit, closed, weighted),
  rollup: { closed, commit: closed + commit, bestCase: closed + commit + bestCase, openPipeline: pipeline + bestCase + commit },
});
/** Splits `weighted` over the open categories in proportion to their amounts (rounded; the pipeline takes the remainder). */
function weightedCategories(pipeline: number, bestCase: number, commit: number, closed: number, weighted: number) {
  const open = pipeline + bestCase + commit;
  const share = (amount: number) => (open === 0 ? 0 : Math.round((weighted * amount) / open));
  return { pipeline: weighted - share(bestCase) - share(commit), best_case: share(bestCase), commit: share(commit), closed, omitted: 0 };
}
const sim = (p50: number) => ({ p10: Math.round(p50 * 0.6), p50, p90: Math.round(p50 * 1.5), mean: p50 * 1.02, sd: p50 * 0.3 });
const kpi = (value: number | null, previous: number | null, unit: 'money' | 'rate' | 'days' | 'ratio' | 'count', better: 'higher' | 'lower') => ({ value, previous, unit, better });

/**
 * A small but complete snapshot (EUR, May 2026, two reps in one team) for
 * the report's unit tests: every section present, some empty buckets.
 */
export const fixtureSnapshot: TForecastSnapshot = {
  schemaVersion: 1,
  organizationId: 'org-1',
  asOf: '2026-05-14T09:30:00.000Z',
  timeZone: 'Europe/Madrid',
  currency: 'EUR',
  months,
  quarters: ['2026-Q2', '2026-Q3', '2026-Q4', '2027-Q1', '2027-Q2'],
  dimensions: {
    owners: [{ id: 'u-ana', name: 'Ana García', teamId: 't-north' }, { id: 'u-luis', name: 'Luis Pérez', teamId: 't-north' }],
    teams: [{ id: 't-north', name: 'Norte' }],
    pipelines: [{ id: 'p-new', name: 'New business' }],
  },
  pipeline: [
    { groupBy: 'all', key: null, period: 'month', bucket: '2026-05', ...cell(3, 1_000_000, 2_000_000, 3_000_000, 500_000, 3_600_000, 250_000) },
    { groupBy: 'all', key: null, period: 'month', bucket: '2026-07', ...cell(1, 400_000, 0, 0, 0, 100_000) },
    { groupBy: 'all', key: null, period: 'quarter', bucket: '2026-Q2', ...cell(3, 1_000_000, 2_000_000, 3_000_000, 500_000, 3_600_000) },
    { groupBy: 'owner', key: 'u-ana', period: 'month', bucket: '2026-05', ...cell(2, 1_000_000, 0, 3_000_000, 500_000, 2_800_000) },
    { groupBy: 'team', key: null, period: 'month', bucket: '2026-07', ...cell(1, 400_000, 0, 0, 0, 100_000) },
  ],
  overrides: [
    { ownerId: 'u-ana', month: '2026-05', category: 'commit', originalMinor: 3_000_000, effectiveMinor: 3_500_000, override: { id: 'o1', amountMinor: 3_500_000, originalAtOverrideMinor: 2_900_000, note: 'Signed PO expected', byUserId: 'u-javier', at: '2026-05-13T16:00:00.000Z' } },
    { ownerId: 'u-ana', month: '2026-05', category: 'best_case', originalMinor: 3_000_000, effectiveMinor: 3_000_000, override: null },
  ],
  calibration: {
    bands: [
      { band: 10, count: 20, won: 1, winRate: 0.05, interval: { lower: 0.009, upper: 0.236 }, entered: 0.1, suggested: 0.067 },
      { band: 25, count: 0, won: 0, winRate: null, interval: null, entered: null, suggested: 0.25 },
      { band: 50, count: 8, won: 6, winRate: 0.75, interval: { lower: 0.409, upper: 0.929 }, entered: 0.5, suggested: 0.611 },
    ],
    stages: [],
    overall: { count: 28, won: 7, winRate: 0.25, interval: { lower: 0.127, upper: 0.434 }, entered: 0.214, suggested: 0.25 },
    fromEvents: 28,
    byGroup: [
      {
        groupBy: 'owner',
        key: 'u-ana',
        bands: [
          { band: 10, count: 4, won: 0, winRate: 0, interval: { lower: 0, upper: 0.49 }, entered: 0.1, suggested: 0.071 },
          { band: 25, count: 0, won: 0, winRate: null, interval: null, entered: null, suggested: 0.25 },
          { band: 50, count: 2, won: 2, winRate: 1, interval: { lower: 0.342, upper: 1 }, entered: 0.5, suggested: 0.583 },
        ],
        stages: [{ stage: 'Proposal', count: 6, won: 2, winRate: 0.333, interval: { lower: 0.097, upper: 0.7 }, entered: 0.233, suggested: 0.275 }],
        overall: { count: 6, won: 2, winRate: 0.333, interval: { lower: 0.097, upper: 0.7 }, entered: 0.233, suggested: 0.275 },
        fromEvents: 5,
      },
    ],
  },
  monteCarlo: {
    iterations: 10_000,
    seed: 'org-1',
    probability: 'calibrated',
    openDeals: 4,
    slippage: [{ months: 0, deals: 5 }, { months: 1, deals: 2 }],
    months: months.map((month, i) => ({ month, ...sim(1_000_000 * (12 - i)) })),
    quarters: [{ quarter: '2026-Q2', ...sim(2_300_000) }, { quarter: '2026-Q3', ...sim(2_700_000) }],
    total: sim(7_800_000),
    byGroup: [
      {
        groupBy: 'owner',
        key: 'u-ana',
        openDeals: 3,
        runs: 1_024,
        months: months.map((month, i) => ({ month, ...sim(700_000 * (12 - i)) })),
        quarters: [{ quarter: '2026-Q2', ...sim(1_600_000) }, { quarter: '2026-Q3', ...sim(1_900_000) }],
        total: sim(5_400_000),
      },
    ],
  },
  bookings: {
    history: [
      { month: '2026-02', amountMinor: 1_000_000, deals: 2 },
      { month: '2026-03', amountMinor: 0, deals: 0 },
      { month: '2026-04', amountMinor: 2_000_000, deals: 3 },
    ],
    currentMonth: { month: '2026-05', amountMinor: 500_000, deals: 1 },
    historyBy: [
      { groupBy: 'owner', key: 'u-ana', month: '2026-04', amountMinor: 1_500_000, deals: 2 },
      { groupBy: 'owner', key: 'u-ana', month: '2026-05', amountMinor: 500_000, deals: 1 },
    ],
    forecast: {
      method: 'linear-trend',
      fallback: true,
      message: 'Only 3 values: Holt-Winters needs two full seasons (24), so this is a linear trend with normal-approximation intervals from the residual standard error.',
      seasonal: null,
      parameters: { intercept: 500_000, slope: 500_000 },
      sse: 1.5e12,
      level: 0.95,
      points: [
        { month: '2026-05', mean: 2_000_000.4, lower: 500_000, upper: 3_500_000 },
        { month: '2026-06', mean: 2_500_000.6, lower: 700_000.2, upper: 4_300_000 },
      ],
    },
  },
  kpis: {
    period: { from: '2026-02-14', to: '2026-05-15' },
    previousPeriod: { from: '2025-11-15', to: '2026-02-14' },
    values: {
      orderBacklogMinor: kpi(4_200_000, 3_900_000, 'money', 'higher'),
      fulfilmentRate: kpi(0.82, 0.79, 'rate', 'higher'),
      orderToDeliveryMedianDays: kpi(12, 14, 'days', 'lower'),
      orderToDeliveryP90Days: kpi(30, 28, 'days', 'lower'),
      orderToInvoiceMedianDays: kpi(18, 18, 'days', 'lower'),
      orderToInvoiceP90Days: kpi(40, 41, 'days', 'lower'),
      onTimeDeliveryRate: kpi(0.91, 0.93, 'rate', 'higher'),
      invoicedVsOrdered: kpi(0.77, 0.7, 'ratio', 'higher'),
      overdueInvoicesMinor: kpi(350_000, 500_000, 'money', 'lower'),
      overdueInvoicesCount: kpi(3, 5, 'count', 'lower'),
      dsoDays: kpi(41.5, 38.2, 'days', 'lower'),
      winRate: kpi(0.25, 0.3, 'rate', 'higher'),
      averageDealSizeMinor: kpi(1_250_000, 1_100_000, 'money', 'higher'),
      salesCycleDays: kpi(64, 70, 'days', 'lower'),
      pipelineCoverage: kpi(2.4, null, 'ratio', 'higher'),
    },
    byGroup: [
      {
        groupBy: 'owner',
        key: 'u-ana',
        values: {
          winRate: kpi(0.4, 0.35, 'rate', 'higher'),
          averageDealSizeMinor: kpi(900_000, 1_000_000, 'money', 'higher'),
          salesCycleDays: kpi(50, 55, 'days', 'lower'),
          pipelineCoverage: kpi(3.1, 2.2, 'ratio', 'higher'),
          orderBacklogMinor: kpi(1_300_000, 1_100_000, 'money', 'higher'),
          dsoDays: kpi(35, 39.5, 'days', 'lower'),
        },
      },
    ],
    documentsByGroup: true,
  },
  accuracy: {
    months: [
      { month: '2026-03', snapshotId: 's1', snapshotAsOf: '2026-02-27T10:00:00.000Z', forecastMinor: 900_000, p10Minor: 400_000, p90Minor: 1_500_000, weightedMinor: 1_100_000, actualMinor: 0, errorMinor: 900_000, absPercentError: null },
      { month: '2026-04', snapshotId: 's2', snapshotAsOf: '2026-03-31T10:00:00.000Z', forecastMinor: 2_400_000, p10Minor: 1_500_000, p90Minor: 3_300_000, weightedMinor: 2_600_000, actualMinor: 2_000_000, errorMinor: 400_000, absPercentError: 0.2 },
    ],
    mape: 0.2,
    bias: 0.2,
  },
  winRates: { overall: { won: 7, lost: 21, winRate: 0.25 }, byOwner: [{ ownerId: 'u-ana', won: 5, lost: 10, winRate: 1 / 3 }] },
  meta: { openDeals: 4, closedDeals: 28, durationMs: 420, computedIn: 'worker', reusedHeavy: { monteCarlo: false, bookingsForecast: false } },
};
