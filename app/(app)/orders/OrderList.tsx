'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import { Money } from '~/app/_components/Money';
import { QueryState } from '~/app/_components/QueryState';
import { useTRPC } from '~/app/_lib/trpc/react';
import { orderStatuses, type TOrderStatus } from '~/domain/documents/order-status';
import { formatDay } from '../_documents/format';
import { DateRangeTotals } from '../_documents/DateRangeTotals';
import { StatusChip } from '../_documents/StatusChip';
import { useDocsLive } from '../_documents/use-docs-live';

const PAGE = 50;

/** Paged order list with filters by status, owner, order-date range and text; live. */
export function OrderList() {
  const t = useTranslations('documents.orders');
  const locale = useLocale();
  const trpc = useTRPC();
  useDocsLive();
  const [filters, setFilters] = useState({ search: '', status: '' as TOrderStatus | '', ownerId: '', from: '', to: '' });
  const [offset, setOffset] = useState(0);
  const members = useQuery(trpc.organization.members.queryOptions());
  const list = useQuery({
    ...trpc.order.list.queryOptions({
      search: filters.search || undefined,
      status: filters.status || undefined,
      ownerId: filters.ownerId || undefined,
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
      <div className="toolbar">
        <input className="input" type="search" placeholder={t('search')} aria-label={t('search')} value={filters.search} onChange={(e) => set({ search: e.target.value })} />
        <select className="input" aria-label={t('statusLabel')} value={filters.status} onChange={(e) => set({ status: e.target.value as TOrderStatus | '' })} data-testid="order-status-filter">
          <option value="">{t('allStatuses')}</option>
          {orderStatuses.map((s) => (
            <option key={s} value={s}>{t(`status.${s}`)}</option>
          ))}
        </select>
        <select className="input" aria-label={t('owner')} value={filters.ownerId} onChange={(e) => set({ ownerId: e.target.value })}>
          <option value="">{t('allOwners')}</option>
          {members.data?.map((m) => (
            <option key={m.userId} value={m.userId}>{m.name}</option>
          ))}
        </select>
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
          <table className="table doc-list" data-testid="order-table">
            <thead>
              <tr>
                <th>{t('number')}</th>
                <th>{t('customer')}</th>
                <th>{t('owner')}</th>
                <th>{t('orderDate')}</th>
                <th>{t('promisedDate')}</th>
                <th>{t('statusLabel')}</th>
                <th className="num">{t('total')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.rows.map((o) => (
                <tr key={o.id}>
                  <td className="mono"><Link href={`/orders/${o.id}`}>{o.number}</Link></td>
                  <td className="cell-title">{o.customerName}</td>
                  <td>{o.ownerName ?? '—'}</td>
                  <td>{formatDay(o.orderDate, locale)}</td>
                  <td>{o.promisedDate ? formatDay(o.promisedDate, locale) : '—'}</td>
                  <td><StatusChip kind="orders" status={o.status} /></td>
                  <td className="num"><Money minor={o.grossMinor} currency={o.currency} /></td>
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
