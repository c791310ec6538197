import type { TForecastOverrideRow } from '~/domain/forecast/snapshot';

export type TOverrideCategory = 'commit' | 'best_case';

/** One rep's line of the override table: a cell per month (null = no number yet) and the line total of effective numbers. */
export type TOverrideLine = { ownerId: string; name: string; cells: (TForecastOverrideRow | null)[]; totalMinor: number; originalTotalMinor: number };

/**
 * The rep × month table of one category: every owner given (already
 * filtered by team or owner), every month of the period, effective numbers
 * summed per line and per month. Reps without any number in the period are
 * kept so a manager can still set one.
 */
export function overrideGrid(rows: readonly TForecastOverrideRow[], owners: readonly { id: string; name: string }[], months: readonly string[], category: TOverrideCategory) {
  const byKey = new Map(rows.filter((r) => r.category === category).map((r) => [`${r.ownerId}|${r.month}`, r]));
  const lines: TOverrideLine[] = owners.map((o) => {
    const cells = months.map((m) => byKey.get(`${o.id}|${m}`) ?? null);
    return {
      ownerId: o.id,
      name: o.name,
      cells,
      totalMinor: cells.reduce((s, c) => s + (c?.effectiveMinor ?? 0), 0),
      originalTotalMinor: cells.reduce((s, c) => s + (c?.originalMinor ?? 0), 0),
    };
  });
  const monthTotals = months.map((_, i) => lines.reduce((s, l) => s + (l.cells[i]?.effectiveMinor ?? 0), 0));
  return { lines, monthTotals, totalMinor: monthTotals.reduce((a, b) => a + b, 0) };
}

/** An empty cell for (owner, month, category), so a manager can override a number the rep does not have yet. */
export const emptyOverrideRow = (ownerId: string, month: string, category: TOverrideCategory): TForecastOverrideRow => ({ ownerId, month, category, originalMinor: 0, effectiveMinor: 0, override: null });
