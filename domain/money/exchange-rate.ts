import { AppError } from '../app-error';
import { divideRoundHalfUp } from './round-half-up';

/** Exchange rates are kept as integers: units of the target currency per 1,000,000 of the source. */
const RATE_SCALE = 1_000_000n;

/**
 * Parses "0.92" or "0,92" (1 unit of the source currency = 0.92 of the
 * target) into an exact integer rate (920000), never a float. Up to six
 * decimals; must be positive.
 */
export function parseExchangeRate(text: string): bigint {
  const match = /^\s*(\d{1,6})(?:[.,](\d{1,6}))?\s*$/.exec(text);
  if (!match) throw new AppError('INVALID_INPUT', { message: `"${text}" is not an exchange rate (write it like 0.92, up to six decimals).` });
  const rate = BigInt(match[1]!) * RATE_SCALE + BigInt((match[2] ?? '').padEnd(6, '0'));
  if (rate === 0n) throw new AppError('INVALID_INPUT', { message: 'The exchange rate must be greater than zero.' });
  return rate;
}

/** Converts an amount in minor units at a parsed rate, rounding half-up to the target's minor unit. */
export function convertMinor(amountMinor: number, rate: bigint): number {
  return Number(divideRoundHalfUp(BigInt(amountMinor) * rate, RATE_SCALE));
}

/** The rate as people write it ("0.92"). */
export function formatExchangeRate(rate: bigint): string {
  const whole = rate / RATE_SCALE;
  const fraction = (rate % RATE_SCALE).toString().padStart(6, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : `${whole}`;
}
