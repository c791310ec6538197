'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import { Money } from '~/app/_components/Money';
import { QueryState } from '~/app/_components/QueryState';
import { useTRPC } from '~/app/_lib/trpc/react';
import { invoiceListStatuses } from '~/domain/schemas/invoice';
import { daysBetween, formatDay } from '../_documents/format';
import { DateRangeTotals } from '../_documents/DateRangeTotals';
import { StatusChip } from '../_documents/StatusChip';
import { useDocsLive } from '../_documents/use-docs-live';

const PAGE = 50;
type TStatus = (typeof invoiceListStatuses)[number];

/** Paged invoice list: status chips (pending and overdue derived from the due date), filters, totals; live. */
export function InvoiceList() {
  const t = useTranslations('documents.invoices');
  const locale = useLocale();
  const trpc = useTRPC();
  useDocsLive();
  const [filters, setFilters] = useState({ search: '', status: '' as TStatus | '', from: '', to: '' });
  const [offset, setOffset] = useState(0);
  const list = useQuery({
    ...trpc.invoice.list.queryOptions({
      search: filters.search || undefined,
      status: filters.status || undefined,
      from: filters.from || undefined,
      to: filters.to || undefined,
      limit: PAGE,
      offset,
    }),
    placeholderData: keepPreviousData,
  });
  const set = (patch: Partial<typeof filters>) => {
    setFilters({ ...filters, ...patch });
    setOffset(0);
  };
  return (
    <section className="page">
      <h1 className="page-title">{t('title')}</h1>
      <div className="doc-status-tabs" role="group" aria-label={t('statusLabel')}>
        {(['', ...invoiceListStatuses] as const).map((s) => (
          <button key={s || 'all'} className={`tab-btn${filters.status === s ? ' active' : ''}`} aria-pressed={filters.status === s} onClick={() => set({ status: s })}>
            {s ? t(`status.${s}`) : t('allStatuses')}
          </button>
        ))}
      </div>
      <div className="toolbar">
        <input className="input" type="search" placeholder={t('search')} aria-label={t('search')} value={filters.search} onChange={(e) => set({ search: e.target.value })} />
        <DateRangeTotals
          from={filters.from}
          to={filters.to}
          onChange={set}
          labels={{ from: t('from'), to: t('to'), count: t('count', { count: list.data?.total ?? 0 }) }}
          sums={list.data?.sums}
        />
      </div>
      {!list.data ? (
        <QueryState error={list.error} onRetry={() => list.refetch()} />
      ) : list.data.rows.length === 0 ? (
        <p className="muted">{t('empty')}</p>
      ) : (
        <div className="card card-flush">
          <table className="table doc-list" data-testid="invoice-table">
            <thead>
              <tr>
                <th>{t('number')}</th>
                <th>{t('customer')}</th>
                <th>{t('order')}</th>
                <th>{t('issueDate')}</th>
                <th>{t('dueDate')}</th>
                <th>{t('statusLabel')}</th>
                <th className="num">{t('total')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.rows.map((i) => (
                <tr key={i.id}>
                  <td className="mono"><Link href={`/invoices/${i.id}`}>{i.number}</Link></td>
                  <td className="cell-title">{i.customerName}</td>
                  <td className="mono">{i.orderId ? <Link href={`/orders/${i.orderId}`}>{i.orderNumber}</Link> : '—'}</td>
                  <td>{formatDay(i.issueDate, locale)}</td>
                  <td>
                    {formatDay(i.dueDate, locale)}
                    {i.displayStatus === 'overdue' && <div className="cell-sub overdue">{t('overdueBy', { count: daysBetween(i.dueDate, list.data.today) })}</div>}
                  </td>
                  <td><StatusChip kind="invoices" status={i.displayStatus} /></td>
                  <td className="num"><Money minor={i.grossMinor} currency={i.currency} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.data && list.data.total > PAGE && (
        <div className="pager">
          <button className="btn" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>{t('previous')}</button>
          <span className="muted">{offset + 1}–{Math.min(offset + PAGE, list.data.total)} / {list.data.total}</span>
          <button className="btn" disabled={offset + PAGE >= list.data.total} onClick={() => setOffset(offset + PAGE)}>{t('next')}</button>
        </div>
      )}
    </section>
  );
}
