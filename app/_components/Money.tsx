'use client';

import { useLocale } from 'use-intl';
import { formatMoney } from '~/domain/format/money';

/** An amount given in minor units, formatted for the UI language. */
export function Money({ minor, currency, compact, wholeUnits }: { minor: number; currency: string; compact?: boolean; wholeUnits?: boolean }) {
  const locale = useLocale();
  return <span className="money">{formatMoney(minor, currency, locale, { compact, wholeUnits })}</span>;
}
