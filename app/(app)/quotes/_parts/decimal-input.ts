/**
 * What a person typed as a quantity or percentage ("2,5", "2.5", "12 %")
 * as a decimal string with at most `decimals` decimals ("2.5"), or null.
 * Either separator is taken as the decimal point; no thousands grouping.
 */
export function parseDecimalInput(text: string, decimals: number): string | null {
  const compact = text.replace(/[\s\u00a0%]/g, '').replace(',', '.');
  const match = /^(\d{1,11})(?:\.(\d*))?$/.exec(compact);
  if (!match || (match[2]?.length ?? 0) > decimals) return null;
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  return fraction ? `${BigInt(match[1]!)}.${fraction}` : String(BigInt(match[1]!));
}

/** A percentage as typed ("12,5") in basis points (1250), or null; 0–100 %. */
export function parsePercentInput(text: string): number | null {
  const decimal = parseDecimalInput(text, 2);
  if (decimal === null) return null;
  const [whole, fraction = ''] = decimal.split('.');
  const bps = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return bps <= 10_000 ? bps : null;
}

/** Basis points as a percentage for an input field in `locale`: 1250 → "12,5" (es). */
export function bpsToInput(bps: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(bps / 100);
}

/** A numeric(14,3) quantity for an input field in `locale`: "2.500" → "2,5" (es). */
export function quantityToInput(quantity: string, locale: string): string {
  const [whole, fraction = ''] = quantity.split('.');
  const trimmed = fraction.replace(/0+$/, '');
  if (!trimmed) return whole!;
  const separator = new Intl.NumberFormat(locale).format(1.5).charAt(1);
  return `${whole}${separator}${trimmed}`;
}
