/**
 * Turns what a person typed as an amount into integer minor units, without
 * floating point: the text is split into whole and fraction digits and joined
 * as an integer. Accepts both "12.345,67" and "12345.67" in any locale:
 * - with both '.' and ',' the last one is the decimal separator;
 * - a separator repeated ("1.234.567") groups thousands;
 * - a single separator followed by exactly three digits groups thousands when
 *   it is the locale's grouping separator ("12.345" in es = 12345), and is
 *   decimal otherwise ("12.345" in en = 12.345, too many decimals for EUR);
 * - any other single separator is decimal ("12345.67" in es = 12345.67).
 * Spaces, and a currency sign before or after, are ignored. Returns null for
 * anything that is not a non-negative amount with at most `digits` decimals
 * (minor-unit digits of the currency, 2 for EUR) or that exceeds 2^53 − 1.
 */
export function parseMoneyInput(text: string, locale: string, digits = 2): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/^[€$£¥]|[€$£¥]$/g, '');
  if (!/^\d[\d.,]*$/.test(compact) && !/^[.,]\d+$/.test(compact)) return null;
  const split = splitDecimal(compact, separatorsOf(locale).group);
  if (!split) return null;
  const [whole, fraction] = split;
  if (fraction.length > digits) return null;
  const minor = BigInt(whole || '0') * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, '0') || '0');
  return minor > BigInt(Number.MAX_SAFE_INTEGER) ? null : Number(minor);
}

/** Whole and fraction digit strings, or null when the grouping is malformed. */
function splitDecimal(text: string, grouping: string): [string, string] | null {
  const separators = text.replace(/\d/g, '');
  if (separators === '') return [text, ''];
  const last = separators.at(-1)!;
  const kinds = new Set(separators);
  let decimal: string | null;
  if (kinds.size === 2) decimal = last;
  else if (separators.length > 1) decimal = null;
  else decimal = /^\d{3}$/.test(text.slice(text.indexOf(last) + 1)) && last === grouping ? null : last;
  const at = decimal ? text.lastIndexOf(decimal) : text.length;
  const whole = text.slice(0, at);
  const fraction = text.slice(at + 1);
  if (decimal && (whole.includes(decimal) || /[.,]/.test(fraction))) return null;
  const groupChar = [...kinds].find((k) => k !== decimal);
  if (groupChar && !/^\d{1,3}$/.test(whole.split(groupChar)[0]!)) return null;
  if (groupChar && !whole.split(groupChar).slice(1).every((g) => /^\d{3}$/.test(g))) return null;
  return [whole.replaceAll(groupChar ?? '', ''), fraction];
}

/** The decimal and thousands separators of a locale (es: ',' and '.', en: '.' and ','). */
function separatorsOf(locale: string): { decimal: string; group: string } {
  const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(1234567.5);
  return { decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.', group: parts.find((p) => p.type === 'group')?.value ?? ',' };
}

/**
 * The text an amount input starts with: minor units as major units with all
 * decimals and the locale's decimal separator, no grouping (123456 → "1234,56"
 * in es). Integer arithmetic only; the inverse of parseMoneyInput.
 */
export function formatMoneyInput(minor: number, locale: string, digits = 2): string {
  const text = String(Math.trunc(Math.abs(minor))).padStart(digits + 1, '0');
  const sign = minor < 0 ? '-' : '';
  if (digits === 0) return sign + text;
  const separator = separatorsOf(locale).decimal;
  return `${sign}${text.slice(0, -digits)}${separator}${text.slice(-digits)}`;
}
