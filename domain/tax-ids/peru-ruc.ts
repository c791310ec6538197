import type { TRandom } from '../random';

const WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

/**
 * Check digit of Peru's RUC (Registro Único de Contribuyentes), 11 digits:
 * companies start with 20, people with 10; the last digit is a mod-11 check
 * over the first ten with weights 5,4,3,2,7,6,5,4,3,2, e.g. 20100047218.
 */
export function peruRucCheck(first10: string): string {
  if (!/^\d{10}$/.test(first10)) throw new RangeError(`RUC needs 10 digits before the check (got "${first10}")`);
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * (first10.charCodeAt(i) - 48), 0);
  // 11 − r, where 10 becomes 0 and 11 becomes 1.
  return String((11 - (sum % 11)) % 10);
}

/** A random valid company RUC (prefix 20); the third digit follows real issuing ranges. */
export function generatePeruRuc(random: TRandom): string {
  const first10 = `20${random.pick(['1', '4', '5', '6'])}${random.digits(7)}`;
  return first10 + peruRucCheck(first10);
}
