import type { TRandom } from '../random';
import { luhnCheckDigit } from './luhn';

/**
 * Italy's Partita IVA: 11 digits = 7-digit taxpayer number + 3-digit office
 * code (the province, 001–100, or 120/121/888/999) + a Luhn check digit,
 * e.g. 00743110157 (office 015, Milano).
 */
export function italyPartitaIvaCheck(first10: string): string {
  if (!/^\d{10}$/.test(first10)) throw new RangeError(`Partita IVA needs 10 digits before the check (got "${first10}")`);
  return String(luhnCheckDigit(first10));
}

/** True for office codes the Agenzia delle Entrate assigns. */
export function isItalyPartitaIvaOffice(officeCode: string): boolean {
  const code = Number(officeCode);
  return /^\d{3}$/.test(officeCode) && ((code >= 1 && code <= 100) || [120, 121, 888, 999].includes(code));
}

/** A random valid Partita IVA issued by the given provincial office ("015" Milano). */
export function generateItalyPartitaIva(random: TRandom, officeCode: string): string {
  if (!isItalyPartitaIvaOffice(officeCode)) throw new RangeError(`Unknown Partita IVA office "${officeCode}"`);
  // Long-established companies have low taxpayer numbers with leading zeros.
  const first10 = `0${random.digits(6)}${officeCode}`;
  return first10 + italyPartitaIvaCheck(first10);
}
