'use client';

import { useTranslations } from 'use-intl';
import { MonthLabel } from './MonthLabel';

/** A month column's header; the current month (organization calendar) stands out, past months are quieter. */
export function MonthHeader({ month, currentMonth }: { month: string; currentMonth: string }) {
  const t = useTranslations('invoicing');
  const when = month === currentMonth ? ' inv-current' : month < currentMonth ? ' inv-past' : '';
  return (
    <div className={`inv-month${when}`} role="columnheader" data-month={month}>
      <MonthLabel month={month} />
      {month === currentMonth && <span className="inv-now">{t('current')}</span>}
    </div>
  );
}
