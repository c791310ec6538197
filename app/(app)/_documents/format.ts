/**
 * Display helpers for document pages. Quantities arrive as exact decimal
 * strings ("12.500"); turning them into numbers here is for display only.
 */
export function formatQuantity(quantity: string, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(Number(quantity));
}

/** A calendar date 'YYYY-MM-DD' (no time zone) as the reader writes dates. */
export function formatDay(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** An instant, with date and time, in the reader's time zone. */
export function formatInstant(at: Date | string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
}

/** Whole days from `from` to `to` (both 'YYYY-MM-DD'). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
