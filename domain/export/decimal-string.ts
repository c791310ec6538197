import { currencyDigits } from '../format/money';

/**
 * Minor units as a plain decimal string with the currency's digits and a
 * dot, no grouping: 123456 EUR → "1234.56", -5 → "-0.05", 1200 JPY →
 * "1200". Integer arithmetic only, so exports never carry float noise.
 */
export function minorToDecimalString(minor: number, currency: string): string {
  const digits = currencyDigits(currency);
  const text = String(Math.abs(Math.trunc(minor))).padStart(digits + 1, '0');
  const sign = minor < 0 ? '-' : '';
  return digits === 0 ? `${sign}${text}` : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** Basis points as a percentage string: 2100 → "21", 1050 → "10.5". */
export function bpsToPercentString(bps: number): string {
  return (bps / 100).toString();
}
