import { accuracySection } from './accuracy';
import { isGroup, type TKpiGroup } from './kpi-group';
import type { TForecastSnapshot } from './snapshot';

/**
 * One past month's forecast for one group, read from the snapshot the
 * organization's accuracy used for that month. `mc` is null when that
 * snapshot simulated nothing for the group (it had no open deals: it
 * forecast 0); `hasGroups` is false for snapshots stored before the
 * per-group simulation existed, whose group forecast is unknown.
 */
export type TGroupPastForecast = { month: string; snapshotId: string; asOf: string; hasGroups: boolean; mc: { p10: number; p90: number; mean: number } | null; weighted: number };

/** What the group won each month of the organization's bookings history (0 in a month it won nothing), in month order. */
export function groupBookingsByMonth(s: Pick<TForecastSnapshot, 'bookings'>, group: TKpiGroup): Map<string, number> {
  const won = new Map(s.bookings.history.map((h) => [h.month, 0]));
  for (const b of s.bookings.historyBy) if (isGroup(b, group) && won.has(b.month)) won.set(b.month, b.amountMinor);
  return won;
}

/**
 * The accuracy section for one owner, team (key null: no team) or pipeline:
 * what each past snapshot forecast for the group's month against what the
 * group won in it (groupBookingsByMonth), with MAPE and bias. Months whose
 * snapshot predates the per-group simulation are left out.
 */
export function groupAccuracy(s: TForecastSnapshot, group: TKpiGroup, past: readonly TGroupPastForecast[]): TForecastSnapshot['accuracy'] {
  const points = past
    .filter((p) => p.hasGroups)
    .map((p) => ({ month: p.month, snapshotId: p.snapshotId, asOf: p.asOf, p10: p.mc?.p10 ?? 0, p90: p.mc?.p90 ?? 0, mean: p.mc?.mean ?? 0, weighted: p.weighted }));
  return accuracySection(points, groupBookingsByMonth(s, group), s.currency);
}
