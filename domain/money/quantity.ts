import { AppError } from '../app-error';

/** Quantities are exact decimals with up to 3 decimals, i.e. whole thousandths. */
export const QUANTITY_SCALE = 1000n;

const QUANTITY_PATTERN = /^(-?)(\d{1,11})(?:\.(\d{1,3}))?$/;

/**
 * Parses a decimal quantity string ("12", "12.5", "0.125", as Postgres
 * numeric(14,3) returns it) into integer thousandths: "12.5" → 12500n.
 * Throws INVALID_INPUT for anything else (exponents, commas, >3 decimals).
 */
export function parseQuantity(quantity: string): bigint {
  const match = QUANTITY_PATTERN.exec(quantity.trim());
  if (!match) {
    throw new AppError('INVALID_INPUT', {
      message: `Quantity must be a number with at most 3 decimals (got "${quantity}")`,
    });
  }
  const [, sign, whole, fraction = ''] = match;
  const thousandths = BigInt(whole!) * QUANTITY_SCALE + BigInt(fraction.padEnd(3, '0'));
  return sign === '-' ? -thousandths : thousandths;
}

/** Formats integer thousandths as a numeric(14,3) string: 12500 → "12.500". */
export function formatQuantity(thousandths: bigint | number): string {
  const value = BigInt(thousandths);
  const abs = value < 0n ? -value : value;
  const fraction = (abs % QUANTITY_SCALE).toString().padStart(3, '0');
  return `${value < 0n ? '-' : ''}${abs / QUANTITY_SCALE}.${fraction}`;
}
