'use client';

import Link from 'next/link';
import { useLocale, useTranslations } from 'use-intl';
import { Money } from '~/app/_components/Money';
import { formatDay } from '../../_documents/format';
import { StatusChip } from '../../_documents/StatusChip';
import type { TOrderView } from './types';

/** The invoices of the order with their (derived) status, dates and totals. */
export function OrderInvoices({ view }: { view: TOrderView }) {
  const t = useTranslations('documents');
  const locale = useLocale();
  return (
    <section className="card" data-testid="order-invoices">
      <h2 className="card-title">{t('orders.invoices')}</h2>
      {view.invoices.length === 0 ? (
        <p className="muted">{t('orders.noInvoices')}</p>
      ) : (
        <table className="table doc-list">
          <thead>
            <tr>
              <th>{t('invoices.number')}</th>
              <th>{t('invoices.issueDate')}</th>
              <th>{t('invoices.dueDate')}</th>
              <th>{t('invoices.statusLabel')}</th>
              <th className="num">{t('invoices.total')}</th>
            </tr>
          </thead>
          <tbody>
            {view.invoices.map((i) => (
              <tr key={i.id}>
                <td className="mono"><Link href={`/invoices/${i.id}`}>{i.number}</Link></td>
                <td>{formatDay(i.issueDate, locale)}</td>
                <td>{formatDay(i.dueDate, locale)}</td>
                <td><StatusChip kind="invoices" status={i.displayStatus} /></td>
                <td className="num"><Money minor={i.grossMinor} currency={i.currency} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
