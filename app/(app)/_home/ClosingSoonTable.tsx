'use client';

import { useFormatter, useTranslations } from 'use-intl';
import { Money } from '~/app/_components/Money';

type TRow = {
  id: string;
  title: string;
  customerName: string | null;
  ownerName: string;
  amountMinor: number;
  probability: number;
  expectedCloseDate: string;
  stageName: string;
};

/** The biggest open deals expected to close by the end of this month (overdue ones included). */
export function ClosingSoonTable({ rows, currency }: { rows: TRow[]; currency: string }) {
  const t = useTranslations('home');
  const format = useFormatter();
  if (rows.length === 0) return <p className="muted">{t('none')}</p>;
  const today = new Date().toISOString().slice(0, 10);
  return (
    <table className="table">
      <thead>
        <tr>
          <th>{t('deal')}</th>
          <th>{t('owner')}</th>
          <th className="num">{t('amount')}</th>
          <th className="num">{t('probability')}</th>
          <th>{t('closeDate')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td>
              <div className="cell-title">{r.title}</div>
              <div className="cell-sub">{r.customerName ?? '—'} · {r.stageName}</div>
            </td>
            <td>{r.ownerName}</td>
            <td className="num"><Money minor={r.amountMinor} currency={currency} wholeUnits /></td>
            <td className="num">{r.probability} %</td>
            <td className={r.expectedCloseDate < today ? 'overdue' : undefined}>
              {format.dateTime(new Date(`${r.expectedCloseDate}T00:00:00Z`), { day: 'numeric', month: 'short', timeZone: 'UTC' })}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
