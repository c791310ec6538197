'use client';

import Link from 'next/link';
import { useFormatter, useTranslations } from 'use-intl';
import { Money } from '~/app/_components/Money';
import type { TCustomer360 } from './types';

const VISIBLE = 10;
type TRow = { id: string; number: string; date: string; due?: string; status: string; tone?: string; grossMinor: number; currency: string };

/** A compact document table; the number links to the document page. */
function DocTable({ title, base, rows, testId }: { title: string; base: string; rows: TRow[]; testId: string }) {
  const t = useTranslations('customers');
  const format = useFormatter();
  const day = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { dateStyle: 'medium' });
  const hasDue = rows.some((r) => r.due);
  return (
    <div className="card card-flush" data-testid={testId}>
      <h2 className="card-title card-pad">{title} <span className="muted">({rows.length})</span></h2>
      {rows.length === 0 ? (
        <p className="muted card-pad">{t('noDocuments')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th>{t('number')}</th>
              <th>{t('date')}</th>
              {hasDue && <th>{t('dueDate')}</th>}
              <th>{t('status')}</th>
              <th className="num">{t('total')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, VISIBLE).map((r) => (
              <tr key={r.id}>
                <td className="mono"><Link href={`${base}/${r.id}`}>{r.number}</Link></td>
                <td>{day(r.date)}</td>
                {hasDue && <td>{r.due ? day(r.due) : '—'}</td>}
                <td><span className={`pill${r.tone ? ` pill-${r.tone}` : ''}`}>{r.status}</span></td>
                <td className="num"><Money minor={r.grossMinor} currency={r.currency} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {rows.length > VISIBLE && <p className="muted card-pad">{t('showingFirst', { count: VISIBLE })}</p>}
    </div>
  );
}

/** Quotes, orders and invoices of the customer, newest first, with their states in the UI language. */
export function DocumentLists({ data }: { data: TCustomer360 }) {
  const t = useTranslations('customers');
  const quotes: TRow[] = data.quotes.rows.map((q) => ({
    id: q.id,
    number: q.number,
    date: q.issueDate,
    status: t(`quoteStatus.${q.status}`),
    tone: q.status === 'rejected' || q.status === 'expired' ? 'danger' : q.status === 'accepted' ? 'ok' : undefined,
    grossMinor: q.grossMinor,
    currency: q.currency,
  }));
  const orders: TRow[] = data.orders.rows.map((o) => ({
    id: o.id,
    number: o.number,
    date: o.orderDate,
    status: t(`orderStatus.${o.status}`),
    tone: o.status === 'cancelled' ? 'danger' : o.status === 'delivered' || o.status === 'invoiced' ? 'ok' : undefined,
    grossMinor: o.grossMinor,
    currency: o.currency,
  }));
  const invoices: TRow[] = data.invoices.rows.map((i) => ({
    id: i.id,
    number: i.number,
    date: i.issueDate,
    due: i.dueDate,
    status: t(`invoiceState.${i.state}`),
    tone: i.state === 'overdue' ? 'danger' : i.state === 'pending' ? 'warn' : i.state === 'paid' ? 'ok' : undefined,
    grossMinor: i.grossMinor,
    currency: i.currency,
  }));
  return (
    <div className="c360-docs">
      <DocTable testId="c360-quotes" title={t('quotes')} base="/quotes" rows={quotes} />
      <DocTable testId="c360-orders" title={t('orders')} base="/orders" rows={orders} />
      <DocTable testId="c360-invoices" title={t('invoices')} base="/invoices" rows={invoices} />
    </div>
  );
}
