import { AppError } from '../app-error';

/**
 * Money from different currencies never adds up: every amount must carry the
 * report's currency (ISO 4217, e.g. 'EUR'). Throws INVALID_INPUT naming the
 * first stranger; converting is the caller's business.
 */
export function assertSingleCurrency(currency: string, items: readonly { currency: string }[], what: string): void {
  if (!/^[A-Z]{3}$/.test(currency)) throw new AppError('INVALID_INPUT', { message: `Currency must be a 3-letter ISO code (got "${currency}")` });
  const stranger = items.find((item) => item.currency !== currency);
  if (stranger) {
    throw new AppError('INVALID_INPUT', { message: `Cannot mix currencies: ${what} in ${stranger.currency} in a ${currency} report`, data: { currency, found: stranger.currency } });
  }
}
