/** The report's period: the next 3, 6 or 12 months of the snapshot, or one of its quarters ('2026-Q3'). */
export type TReportPeriod = 'next3' | 'next6' | 'next12' | `${number}-Q${number}`;

/** What the report shows, as kept in the URL. Ids are user, team and pipeline ids. */
export type TReportFilter = { owner: string | null; team: string | null; pipeline: string | null; period: TReportPeriod };

/** The pipeline dimension rows are read from: the whole organization, or one owner, team or pipeline. */
export type TReportGroup = { groupBy: 'all' | 'owner' | 'team' | 'pipeline'; key: string | null };

const QUARTER = /^\d{4}-Q[1-4]$/;

/** Parses the `period` URL parameter; anything unknown is the default 12 months. */
export function parsePeriod(value: string | null): TReportPeriod {
  if (value === 'next3' || value === 'next6' || value === 'next12') return value;
  if (value && QUARTER.test(value)) return value as TReportPeriod;
  return 'next12';
}

/**
 * The months of `months` (the snapshot's horizon, ascending) that the period
 * covers. A quarter outside the horizon gives no months.
 */
export function monthsOfPeriod(months: readonly string[], period: TReportPeriod): string[] {
  if (period === 'next3') return months.slice(0, 3);
  if (period === 'next6') return months.slice(0, 6);
  if (period === 'next12') return months.slice(0, 12);
  const [year, q] = period.split('-Q');
  const first = (Number(q) - 1) * 3 + 1;
  const wanted = new Set([0, 1, 2].map((i) => `${year}-${String(first + i).padStart(2, '0')}`));
  return months.filter((m) => wanted.has(m));
}

/**
 * The snapshot breaks totals down by one dimension at a time, so the most
 * specific filter wins: owner, then team, then pipeline.
 */
export function groupOf(filter: Pick<TReportFilter, 'owner' | 'team' | 'pipeline'>): TReportGroup {
  if (filter.owner) return { groupBy: 'owner', key: filter.owner };
  if (filter.team) return { groupBy: 'team', key: filter.team === 'none' ? null : filter.team };
  if (filter.pipeline) return { groupBy: 'pipeline', key: filter.pipeline };
  return { groupBy: 'all', key: null };
}
