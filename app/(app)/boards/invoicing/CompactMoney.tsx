'use client';

import { useLocale } from 'use-intl';
import { currencyDigits } from '~/domain/format/money';

/**
 * A board total in minor units, compact and at most 3 significant digits
 * ("217 mil €", "1,3 M €", "€4.6K"): narrow enough for 12 month columns on
 * a projector, exact figures are one click away on the documents.
 */
export function CompactMoney({ minor, currency }: { minor: number; currency: string }) {
  const locale = useLocale();
  const major = minor / 10 ** currencyDigits(currency);
  const text = new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumSignificantDigits: 3 }).format(major);
  return <span className="money">{text}</span>;
}
