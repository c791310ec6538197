import { z } from 'zod';

/**
 * The stored result of one forecasting run (forecast_snapshots.result) and
 * what the /forecast report, the tRPC router and `job:forecast --json` read.
 * JSON only: money is integer minor units of `currency`, probabilities and
 * rates are fractions 0–1, months are 'YYYY-MM' in the organization's time
 * zone, quarters 'YYYY-Qn'. Changes must be additive (new optional fields);
 * anything else bumps `schemaVersion`.
 */
export const FORECAST_SNAPSHOT_SCHEMA_VERSION = 1;

const ZMinor = z.number().int();
const ZRate = z.number().min(0).max(1);
const ZMonthKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const ZQuarterKey = z.string().regex(/^\d{4}-Q[1-4]$/);
const ZCategory = z.enum(['pipeline', 'best_case', 'commit', 'closed', 'omitted']);
const ZInterval = z.object({ lower: z.number(), upper: z.number() });

/** Totals of one pipeline bucket (see domain/forecast/pipeline.ts). */
export const ZForecastPipelineRowSchema = z.object({
  /** 'all' is the whole organization; otherwise `key` is the owner, team or pipeline id (null team = no team). */
  groupBy: z.enum(['all', 'owner', 'team', 'pipeline']),
  key: z.string().nullable(),
  period: z.enum(['month', 'quarter']),
  /** A month key for period 'month', a quarter key for 'quarter'. */
  bucket: z.string(),
  deals: z.number().int(),
  /** Σ amount of open, not omitted deals. */
  unweightedMinor: ZMinor,
  /** Σ amount × probability, rounded half-up per deal. */
  weightedMinor: ZMinor,
  byCategory: z.object({ pipeline: ZMinor, best_case: ZMinor, commit: ZMinor, closed: ZMinor, omitted: ZMinor }),
  /** Each category's weighted amount, closed (won) in full. Snapshots stored before it existed lack it. */
  weightedByCategory: z.object({ pipeline: ZMinor, best_case: ZMinor, commit: ZMinor, closed: ZMinor, omitted: ZMinor }).optional(),
  /** Cumulative: commit includes closed, best case includes commit. */
  rollup: z.object({ closed: ZMinor, commit: ZMinor, bestCase: ZMinor, openPipeline: ZMinor }),
});

/** A rep's number for (owner, month, category) with the manager's override in force, if any. */
export const ZForecastOverrideRowSchema = z.object({
  ownerId: z.string(),
  month: ZMonthKey,
  category: ZCategory,
  /** The rep's computed number now. */
  originalMinor: ZMinor,
  /** The override when there is one, else the original. */
  effectiveMinor: ZMinor,
  override: z
    .object({
      id: z.string(),
      amountMinor: ZMinor,
      /** The rep's number when the override was made. */
      originalAtOverrideMinor: ZMinor,
      note: z.string(),
      byUserId: z.string().nullable(),
      at: z.string(),
    })
    .nullable(),
});

export const ZForecastCalibrationRowSchema = z.object({
  count: z.number().int(),
  won: z.number().int(),
  winRate: ZRate.nullable(),
  interval: ZInterval.nullable(),
  /** Average probability entered: before closing (overall), or the highest held in the band or stage (band and stage rows). */
  entered: ZRate.nullable(),
  suggested: ZRate,
});

/** Entered probability against the actual win rate, per band and per stage, from closed deals. */
const ZCalibrationTablesSchema = z.object({
  bands: z.array(ZForecastCalibrationRowSchema.extend({ band: z.number() })),
  stages: z.array(ZForecastCalibrationRowSchema.extend({ stage: z.string() })),
  overall: ZForecastCalibrationRowSchema,
  /** Closed deals whose pre-close probability came from their won/lost event (the rest used the stage default). */
  fromEvents: z.number().int(),
});

const ZSimSummary = z.object({ p10: ZMinor, p50: ZMinor, p90: ZMinor, mean: z.number(), sd: z.number() });

export const ZForecastPointSchema = z.object({
  month: ZMonthKey,
  mean: z.number(),
  lower: z.number().nullable(),
  upper: z.number().nullable(),
});

export const kpiKeys = [
  'orderBacklogMinor',
  'fulfilmentRate',
  'orderToDeliveryMedianDays',
  'orderToDeliveryP90Days',
  'orderToInvoiceMedianDays',
  'orderToInvoiceP90Days',
  'onTimeDeliveryRate',
  'invoicedVsOrdered',
  'overdueInvoicesMinor',
  'overdueInvoicesCount',
  'dsoDays',
  'winRate',
  'averageDealSizeMinor',
  'salesCycleDays',
  'pipelineCoverage',
] as const;
export type TKpiKey = (typeof kpiKeys)[number];

/** One KPI tile: value now and in the previous period (null = not computable, e.g. nothing to divide by). */
export const ZForecastKpiSchema = z.object({
  value: z.number().nullable(),
  previous: z.number().nullable(),
  unit: z.enum(['money', 'rate', 'days', 'ratio', 'count']),
  /** Which direction is good, for the colour of the trend arrow. */
  better: z.enum(['higher', 'lower']),
});

const ZWinRateRow = z.object({ won: z.number().int(), lost: z.number().int(), winRate: ZRate.nullable() });

export const ZForecastSnapshotSchema = z.object({
  schemaVersion: z.literal(FORECAST_SNAPSHOT_SCHEMA_VERSION),
  organizationId: z.string(),
  /** ISO-8601 instant the inputs describe. */
  asOf: z.string(),
  timeZone: z.string(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  /** The next 12 months, starting with the month of asOf. */
  months: z.array(ZMonthKey),
  quarters: z.array(ZQuarterKey),
  /** Names for the ids used below, so the report can label and filter. */
  dimensions: z.object({
    owners: z.array(z.object({ id: z.string(), name: z.string(), teamId: z.string().nullable() })),
    teams: z.array(z.object({ id: z.string(), name: z.string() })),
    pipelines: z.array(z.object({ id: z.string(), name: z.string() })),
  }),
  /** Open deals by expected close month (overdue ones count in the first month), won deals by close month. */
  pipeline: z.array(ZForecastPipelineRowSchema),
  overrides: z.array(ZForecastOverrideRowSchema),
  calibration: ZCalibrationTablesSchema.extend({
    /**
     * The same tables per owner, team (key null: no team) and pipeline with
     * closed deals, each from its own deals (the simulation uses the
     * organization's). Snapshots stored before it existed lack it.
     */
    byGroup: z.array(ZCalibrationTablesSchema.extend({ groupBy: z.enum(['owner', 'team', 'pipeline']), key: z.string().nullable() })).default([]),
  }),
  monteCarlo: z.object({
    iterations: z.number().int(),
    seed: z.string(),
    probability: z.enum(['calibrated', 'entered']),
    openDeals: z.number().int(),
    /** Observed slips in months (histogram: slip → won deals). */
    slippage: z.array(z.object({ months: z.number().int(), deals: z.number().int() })),
    months: z.array(ZSimSummary.extend({ month: ZMonthKey })),
    quarters: z.array(ZSimSummary.extend({ quarter: ZQuarterKey })),
    total: ZSimSummary,
    /**
     * The same per owner, team (key null: no team) and pipeline with open
     * deals, from the same draws over the first `runs` runs (see GROUP_RUNS
     * in forecast-heavy.ts). Percentiles do not add up across groups.
     */
    byGroup: z
      .array(
        z.object({
          groupBy: z.enum(['owner', 'team', 'pipeline']),
          key: z.string().nullable(),
          openDeals: z.number().int(),
          runs: z.number().int(),
          months: z.array(ZSimSummary.extend({ month: ZMonthKey })),
          quarters: z.array(ZSimSummary.extend({ quarter: ZQuarterKey })),
          total: ZSimSummary,
        }),
      )
      .default([]),
  }),
  bookings: z.object({
    /** Won amount by close month, from the first month with a won deal to the month before asOf, zero-filled. */
    history: z.array(z.object({ month: ZMonthKey, amountMinor: ZMinor, deals: z.number().int() })),
    /** Bookings so far in the month of asOf (not used to fit: the month is incomplete). */
    currentMonth: z.object({ month: ZMonthKey, amountMinor: ZMinor, deals: z.number().int() }),
    /** The same history and the current month (months with bookings only) per owner, team and pipeline, for the report's filters. */
    historyBy: z.array(
      z.object({ groupBy: z.enum(['owner', 'team', 'pipeline']), key: z.string().nullable(), month: ZMonthKey, amountMinor: ZMinor, deals: z.number().int() }),
    ),
    forecast: z.object({
      /** 'none': no history to fit; 'failed': the fit failed (`message` says why). */
      method: z.enum(['holt-winters', 'linear-trend', 'none', 'failed']),
      fallback: z.boolean(),
      message: z.string().nullable(),
      seasonal: z.enum(['additive', 'multiplicative']).nullable(),
      /** Fitted parameters (alpha/beta/gamma for Holt-Winters; intercept/slope for the linear trend). */
      parameters: z.record(z.string(), z.number().nullable()),
      sse: z.number().nullable(),
      level: z.number(),
      points: z.array(ZForecastPointSchema),
    }),
  }),
  kpis: z.object({
    /** Current period [from, to) as dates in the organization's time zone; previous is the same length before it. */
    period: z.object({ from: z.string(), to: z.string() }),
    previousPeriod: z.object({ from: z.string(), to: z.string() }),
    values: z.record(z.enum(kpiKeys), ZForecastKpiSchema),
    /** The KPIs per owner, team (key null: no team) and pipeline with deals or documents; only the sales KPIs (SALES_KPI_KEYS) without documentsByGroup. */
    byGroup: z
      .array(z.object({ groupBy: z.enum(['owner', 'team', 'pipeline']), key: z.string().nullable(), values: z.partialRecord(z.enum(kpiKeys), ZForecastKpiSchema) }))
      .default([]),
    /** Whether byGroup carries the order and invoice KPIs too (snapshots stored before that show the organization's). */
    documentsByGroup: z.boolean().default(false),
  }),
  accuracy: z.object({
    /** Per past month: the latest earlier snapshot taken before the month began, against what closed. */
    months: z.array(
      z.object({
        month: ZMonthKey,
        snapshotId: z.string(),
        snapshotAsOf: z.string(),
        /** Monte Carlo mean for that month, rounded. */
        forecastMinor: ZMinor,
        p10Minor: ZMinor,
        p90Minor: ZMinor,
        weightedMinor: ZMinor,
        actualMinor: ZMinor,
        /** forecast − actual. */
        errorMinor: ZMinor,
        /** |error| / actual; null when nothing closed. */
        absPercentError: z.number().nullable(),
      }),
    ),
    /** Mean absolute percentage error over months with actuals; null without any. */
    mape: z.number().nullable(),
    /** Mean (forecast − actual) / actual over months with actuals: positive means we over-forecast. */
    bias: z.number().nullable(),
  }),
  winRates: z.object({
    overall: ZWinRateRow,
    byOwner: z.array(ZWinRateRow.extend({ ownerId: z.string() })),
  }),
  meta: z.object({
    openDeals: z.number().int(),
    closedDeals: z.number().int(),
    durationMs: z.number(),
    /** Where the heavy part ran. */
    computedIn: z.enum(['worker', 'main-thread']),
    /** True when Monte Carlo / Holt-Winters results were reused from the previous run (inputs unchanged). */
    reusedHeavy: z.object({ monteCarlo: z.boolean(), bookingsForecast: z.boolean() }),
    /** Full run (everything read) or incremental (only deals changed since the last run; see db/forecast/compute-forecast.ts). */
    run: z
      .object({
        mode: z.enum(['full', 'incremental']),
        changedDeals: z.number().int(),
        closedFacts: z.enum(['read', 'delta', 'unchanged']),
        monteCarlo: z.enum(['full', 'swapped']),
      })
      .optional(),
  }),
});

export type TForecastSnapshot = z.infer<typeof ZForecastSnapshotSchema>;
export type TForecastPipelineRow = z.infer<typeof ZForecastPipelineRowSchema>;
export type TForecastOverrideRow = z.infer<typeof ZForecastOverrideRowSchema>;
export type TForecastKpi = z.infer<typeof ZForecastKpiSchema>;
