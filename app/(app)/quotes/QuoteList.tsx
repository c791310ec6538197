'use client';

import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import { useFormatter, useTranslations } from 'use-intl';
import { Money } from '~/app/_components/Money';
import { QueryState } from '~/app/_components/QueryState';
import { useTRPC } from '~/app/_lib/trpc/react';
import { quoteStatuses, type TQuoteStatus } from '~/domain/documents/quote-status';
import { QuoteStatusChip } from './_parts/QuoteStatusChip';
import { useDocChanged } from './_parts/use-doc-changed';

const PAGE = 50;

/**
 * All quotes of the organization, newest first. Filters (status, owner,
 * waiting for approval, text; customer and deal when opened from them) live
 * in the URL, so a copied link opens the same list. Live: any quote change
 * refetches the page.
 */
export function QuoteList() {
  const t = useTranslations('documents.quotes');
  const tc = useTranslations('documents.common');
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const status = params.get('status') as TQuoteStatus | null;
  const owner = params.get('owner') ?? '';
  const customer = params.get('customer') ?? undefined;
  const opportunity = params.get('opportunity') ?? undefined;
  const pending = params.get('pending') === '1';
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const [search, setSearch] = useState(params.get('q') ?? '');

  const setParams = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('offset' in changes)) next.delete('offset');
    router.replace(`${pathname}${next.size ? `?${next}` : ''}`, { scroll: false });
  };
  useEffect(() => {
    const timer = setTimeout(() => {
      if ((params.get('q') ?? '') !== search) setParams({ q: search.trim() || null });
    }, 250);
    return () => clearTimeout(timer);
  });

  const input = {
    status: status && quoteStatuses.includes(status) ? status : undefined,
    ownerId: owner || undefined,
    customerId: customer,
    opportunityId: opportunity,
    approvalPending: pending || undefined,
    search: params.get('q') || undefined,
    limit: PAGE,
    offset,
  };
  const list = useQuery({ ...trpc.quote.list.queryOptions(input), placeholderData: keepPreviousData });
  const members = useQuery(trpc.organization.members.queryOptions());
  useDocChanged((e) => e.type === 'quote', () => void queryClient.invalidateQueries({ queryKey: trpc.quote.list.queryKey() }));
  const first = list.data?.rows[0];

  return (
    <section className="page" data-testid="quote-list">
      <div className="q-title-row">
        <h1 className="page-title">{t('title')}</h1>
        {list.data && <span className="muted">{t('count', { count: list.data.total })}</span>}
      </div>
      <div className="toolbar">
        <input className="input" type="search" placeholder={t('search')} aria-label={t('search')} value={search} onChange={(e) => setSearch(e.target.value)} data-testid="quote-search" />
        <select className="input" aria-label={t('status')} value={status ?? ''} onChange={(e) => setParams({ status: e.target.value || null })}>
          <option value="">{t('allStatuses')}</option>
          {quoteStatuses.map((s) => (
            <option key={s} value={s}>{t(`statuses.${s}`)}</option>
          ))}
        </select>
        <select className="input" aria-label={t('owner')} value={owner} onChange={(e) => setParams({ owner: e.target.value || null })}>
          <option value="">{t('allOwners')}</option>
          {members.data?.filter((m) => m.role !== 'viewer').map((m) => (
            <option key={m.userId} value={m.userId}>{m.name}</option>
          ))}
        </select>
        <label className="q-check">
          <input type="checkbox" checked={pending} onChange={(e) => setParams({ pending: e.target.checked ? '1' : null })} />
          {t('approvalPendingOnly')}
        </label>
        {customer && (
          <button type="button" className="q-filter-chip" onClick={() => setParams({ customer: null })} title={t('clearFilter')}>
            {t('customerFilter', { name: first?.customerId === customer ? first.customerName : '…' })} ✕
          </button>
        )}
        {opportunity && (
          <button type="button" className="q-filter-chip" onClick={() => setParams({ opportunity: null })} title={t('clearFilter')}>
            {t('opportunityFilter', { name: first?.opportunityId === opportunity ? (first.opportunityTitle ?? '…') : '…' })} ✕
          </button>
        )}
      </div>
      {!list.data ? (
        <QueryState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.rows.length === 0 ? (
        <p className="muted">{t('empty')}</p>
      ) : (
        <div className="card card-flush">
          <table className="table q-table" data-testid="quote-table">
            <thead>
              <tr>
                <th>{t('number')}</th>
                <th>{t('customer')}</th>
                <th>{t('opportunity')}</th>
                <th>{t('owner')}</th>
                <th>{t('issueDate')}</th>
                <th>{t('status')}</th>
                <th className="num">{t('net')}</th>
                <th className="num">{t('gross')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.rows.map((q) => (
                <tr key={q.id}>
                  <td className="mono q-nowrap"><Link href={`/quotes/${q.id}`} className="q-link">{q.number}</Link></td>
                  <td className="cell-title">{q.customerName}</td>
                  <td>{q.opportunityTitle ?? tc('none')}</td>
                  <td>{q.ownerName ?? tc('none')}</td>
                  <td className="q-nowrap">{format.dateTime(new Date(`${q.issueDate}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' })}</td>
                  <td><QuoteStatusChip status={q.status} approval={q.approvalStatus} /></td>
                  <td className="num"><Money minor={q.netMinor} currency={q.currency} /></td>
                  <td className="num"><Money minor={q.grossMinor} currency={q.currency} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.data && list.data.total > PAGE && (
        <div className="pager">
          <button className="btn" disabled={offset === 0} onClick={() => setParams({ offset: String(Math.max(0, offset - PAGE)) || null })}>{tc('previous')}</button>
          <span className="muted">{tc('range', { from: offset + 1, to: Math.min(offset + PAGE, list.data.total), total: list.data.total })}</span>
          <button className="btn" disabled={offset + PAGE >= list.data.total} onClick={() => setParams({ offset: String(offset + PAGE) })}>{tc('next')}</button>
        </div>
      )}
    </section>
  );
}
