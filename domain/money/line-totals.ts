import { AppError } from '../app-error';
import { parseQuantity, QUANTITY_SCALE } from './quantity';
import { divideRoundHalfUp } from './round-half-up';

/** Basis points in one whole (10000 bps = 100 %). */
const BPS = 10_000n;

/** What a quote, order or invoice line needs for its totals. */
export type TLineInput = {
  /** Decimal string with up to 3 decimals, e.g. "37.5". */
  quantity: string;
  /** Price of one unit in integer minor units (cents), before discount and tax. */
  unitPriceMinor: number;
  /** Line discount in basis points, 0–10000. */
  discountBps: number;
  /** VAT rate in basis points, 0–10000 (2100 = Spain's 21 % IVA). */
  taxRateBps: number;
};

/** Integer minor units; gross = net + tax exactly. */
export type TLineTotals = { netMinor: number; taxMinor: number; grossMinor: number };

/**
 * Totals of one document line, all in integer minor units:
 * net = round(quantity × unitPrice × (1 − discount)), tax = round(net × rate),
 * each rounded half-up once, on the line (documents sum rounded lines).
 * Computed in BigInt, so no float error; throws INVALID_INPUT on bad input.
 */
export function lineTotals(line: TLineInput): TLineTotals {
  const { unitPriceMinor, discountBps, taxRateBps } = line;
  if (!Number.isSafeInteger(unitPriceMinor)) invalid(`unit price must be whole minor units (got ${unitPriceMinor})`);
  if (!isBps(discountBps)) invalid(`discount must be 0–10000 basis points (got ${discountBps})`);
  if (!isBps(taxRateBps)) invalid(`tax rate must be 0–10000 basis points (got ${taxRateBps})`);
  const thousandths = parseQuantity(line.quantity);
  const net = divideRoundHalfUp(
    thousandths * BigInt(unitPriceMinor) * (BPS - BigInt(discountBps)),
    QUANTITY_SCALE * BPS,
  );
  const tax = divideRoundHalfUp(net * BigInt(taxRateBps), BPS);
  const gross = net + tax;
  if (gross > BigInt(Number.MAX_SAFE_INTEGER) || gross < BigInt(Number.MIN_SAFE_INTEGER)) {
    invalid('line total is too large');
  }
  return { netMinor: Number(net), taxMinor: Number(tax), grossMinor: Number(gross) };
}

function isBps(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= 10_000;
}

function invalid(message: string): never {
  throw new AppError('INVALID_INPUT', { message: `Invalid line: ${message}` });
}
