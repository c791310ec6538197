/**
 * Money is stored as integer minor units (cents). These helpers convert for
 * display only; arithmetic stays in integers.
 */
const digitsCache = new Map<string, number>();

/** Number of minor-unit digits of an ISO 4217 currency (EUR 2, JPY 0, ...). */
export function currencyDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsCache.set(currency, digits);
  }
  return digits;
}

/** Formats minor units as money in `locale`, e.g. 123456 EUR → "1.234,56 €" (es). */
export function formatMoney(
  minor: number,
  currency: string,
  locale: string,
  opts: { compact?: boolean; wholeUnits?: boolean } = {},
): string {
  const digits = currencyDigits(currency);
  const major = minor / 10 ** digits;
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    notation: opts.compact ? 'compact' : 'standard',
    maximumFractionDigits: opts.compact ? 1 : opts.wholeUnits ? 0 : digits,
    minimumFractionDigits: opts.compact || opts.wholeUnits ? 0 : digits,
  }).format(major);
}
