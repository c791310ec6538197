'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import { ExportCsvButton } from '~/app/_components/ExportCsvButton';
import { Money } from '~/app/_components/Money';
import { QueryState } from '~/app/_components/QueryState';
import { useTRPC } from '~/app/_lib/trpc/react';
import { canEdit } from '~/domain/roles';
import { CustomerForm } from './_parts/CustomerForm';

const PAGE = 50;
const COUNTRIES = ['ES', 'IT', 'PE', 'MX', 'US'] as const;

/** Searchable, paged customer list with each customer's open pipeline. */
export function CustomerList() {
  const t = useTranslations('customers');
  const locale = useLocale();
  const trpc = useTRPC();
  const me = useQuery(trpc.me.get.queryOptions());
  const currency = me.data?.organization.currency ?? 'EUR';
  const [search, setSearch] = useState('');
  const [country, setCountry] = useState('');
  const [offset, setOffset] = useState(0);
  const [creating, setCreating] = useState(false);
  const router = useRouter();
  const list = useQuery({
    ...trpc.customer.list.queryOptions({ search: search || undefined, country: country || undefined, limit: PAGE, offset }),
    placeholderData: keepPreviousData,
  });
  const countryName = new Intl.DisplayNames([locale], { type: 'region' });
  return (
    <section className="page">
      <div className="page-head">
        <h1 className="page-title">{t('title')}</h1>
        {me.data && canEdit(me.data.role) && (
          <button className="btn btn-primary" onClick={() => setCreating(true)} data-testid="customer-new">{t('new')}</button>
        )}
      </div>
      {creating && (
        <div className="dialog-backdrop" role="presentation">
          <div className="dialog dialog-wide" role="dialog" aria-modal="true" aria-labelledby="customer-new-title">
            <h2 id="customer-new-title">{t('new')}</h2>
            <CustomerForm initial={null} onCancel={() => setCreating(false)} onSaved={(id) => router.push(`/customers/${id}`)} />
          </div>
        </div>
      )}
      <div className="toolbar">
        <input
          className="input"
          type="search"
          placeholder={t('search')}
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setOffset(0);
          }}
          data-testid="customer-search"
        />
        <select className="input" value={country} onChange={(e) => { setCountry(e.target.value); setOffset(0); }}>
          <option value="">{t('allCountries')}</option>
          {COUNTRIES.map((c) => (
            <option key={c} value={c}>{countryName.of(c)}</option>
          ))}
        </select>
        {list.data && <span className="muted">{t('count', { count: list.data.total })}</span>}
        {me.data && canEdit(me.data.role) && <ExportCsvButton entity="customers" />}
      </div>
      {!list.data ? (
        <QueryState error={list.error} onRetry={() => list.refetch()} />
      ) : list.data.rows.length === 0 ? (
        <p className="muted">{t('empty')}</p>
      ) : (
        <div className="card card-flush">
          <table className="table" data-testid="customer-table">
            <thead>
              <tr>
                <th>{t('legalName')}</th>
                <th>{t('taxId')}</th>
                <th>{t('city')}</th>
                <th>{t('country')}</th>
                <th>{t('sector')}</th>
                <th className="num">{t('openDeals')}</th>
                <th className="num">{t('openPipeline')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.rows.map((c) => (
                <tr key={c.id}>
                  <td className="cell-title">
                    <Link href={`/customers/${c.id}`} className="row-link">{c.legalName}</Link>
                    {c.tradeName && c.tradeName !== c.legalName && <div className="cell-sub">{c.tradeName}</div>}
                  </td>
                  <td className="mono">{c.taxId ?? '—'}</td>
                  <td>{c.city ?? '—'}</td>
                  <td>{countryName.of(c.country) ?? c.country}</td>
                  <td>{c.sector ?? '—'}</td>
                  <td className="num">{c.openCount}</td>
                  <td className="num"><Money minor={c.openAmountMinor} currency={currency} wholeUnits /></td>
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
