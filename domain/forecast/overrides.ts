import type { TMonth } from '../invoicing/months';
import type { TForecastCategory } from '../schemas/opportunity';

/** A rep's own number for a month and category (e.g. their commit), in minor units. */
export type TRepNumber = { ownerId: string; month: TMonth; category: TForecastCategory; amountMinor: number };

/**
 * A manager's replacement for a rep's number, with who (null once the user is
 * deleted), when (ISO-8601) and why, plus the rep's number at that moment.
 */
export type TOverride = TRepNumber & { id: string; note: string; byUserId: string | null; at: string; originalAtOverrideMinor: number };

export type TAdjustedNumber = Omit<TRepNumber, 'amountMinor'> & {
  /** The rep's number, always kept (0 when the rep had none). */
  originalMinor: number;
  /** The number to use: the override when there is one, else the original. */
  effectiveMinor: number;
  override: { id: string; amountMinor: number; originalAtOverrideMinor: number; note: string; byUserId: string | null; at: string } | null;
};

/**
 * Merges manager overrides into reps' numbers: for each (owner, month,
 * category) the latest override (by `at`, ISO-8601) replaces the rep's number
 * and the original stays alongside. An override without a rep number still
 * shows, with original 0. Output is sorted by owner, month, category.
 */
export function applyOverrides(numbers: readonly TRepNumber[], overrides: readonly TOverride[]): TAdjustedNumber[] {
  const keyOf = (n: TRepNumber) => `${n.ownerId}|${n.month}|${n.category}`;
  const latest = new Map<string, TOverride>();
  for (const o of overrides) {
    const current = latest.get(keyOf(o));
    if (!current || o.at > current.at) latest.set(keyOf(o), o);
  }
  const merged = new Map<string, TAdjustedNumber>();
  for (const n of numbers) {
    const existing = merged.get(keyOf(n));
    const originalMinor = (existing?.originalMinor ?? 0) + n.amountMinor;
    merged.set(keyOf(n), { ownerId: n.ownerId, month: n.month, category: n.category, originalMinor, effectiveMinor: originalMinor, override: null });
  }
  for (const [key, o] of latest) {
    const base: TAdjustedNumber = merged.get(key) ?? { ownerId: o.ownerId, month: o.month, category: o.category, originalMinor: 0, effectiveMinor: 0, override: null };
    merged.set(key, { ...base, effectiveMinor: o.amountMinor, override: { id: o.id, amountMinor: o.amountMinor, originalAtOverrideMinor: o.originalAtOverrideMinor, note: o.note, byUserId: o.byUserId, at: o.at } });
  }
  return [...merged.values()].sort((a, b) => a.ownerId.localeCompare(b.ownerId) || a.month.localeCompare(b.month) || a.category.localeCompare(b.category));
}
