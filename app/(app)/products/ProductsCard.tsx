'use client';

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useState } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import { Money } from '~/app/_components/Money';
import { QueryState } from '~/app/_components/QueryState';
import { useTRPC } from '~/app/_lib/trpc/react';
import { bpsToPercentText } from '~/domain/format/parse-percent';
import type { AppRouter } from '~/server/trpc/root';
import { ProductDialog } from './ProductDialog';

export type TProduct = inferRouterOutputs<AppRouter>['product']['list']['rows'][number];

/** The catalogue table with search, family filter and archived items on request. */
export function ProductsCard({ editable, currency }: { editable: boolean; currency: string }) {
  const t = useTranslations('catalog');
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState('');
  const [family, setFamily] = useState('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [editing, setEditing] = useState<TProduct | 'new' | null>(null);
  const list = useQuery({
    ...trpc.product.list.queryOptions({ search: search || undefined, family: family || undefined, includeArchived, limit: 500 }),
    placeholderData: keepPreviousData,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.product.list.queryKey() });
  const archive = useMutation(trpc.product.archive.mutationOptions({ onSuccess: refresh }));
  return (
    <div className="card card-flush" data-testid="product-card">
      <div className="card-head card-pad">
        <h2 className="card-title">{t('products')} {list.data && <span className="muted">· {t('count', { count: list.data.total })}</span>}</h2>
        {editable && <button className="btn btn-primary" onClick={() => setEditing('new')} data-testid="product-new">{t('newProduct')}</button>}
      </div>
      <div className="toolbar card-pad">
        <input className="input" type="search" placeholder={t('search')} value={search} onChange={(e) => setSearch(e.target.value)} />
        <select className="input" value={family} onChange={(e) => setFamily(e.target.value)} aria-label={t('family')}>
          <option value="">{t('allFamilies')}</option>
          {list.data?.families.map((f) => <option key={f}>{f}</option>)}
        </select>
        <label className="checkbox"><input type="checkbox" checked={includeArchived} onChange={(e) => setIncludeArchived(e.target.checked)} /> {t('showArchived')}</label>
      </div>
      {!list.data ? (
        <div className="card-pad"><QueryState error={list.error} onRetry={() => list.refetch()} /></div>
      ) : list.data.rows.length === 0 ? (
        <p className="muted card-pad">{t('empty')}</p>
      ) : (
        <table className="table" style={{ marginTop: 12 }} data-testid="product-table">
          <thead>
            <tr>
              <th>{t('sku')}</th>
              <th>{t('name')}</th>
              <th>{t('kind')}</th>
              <th className="num">{t('unitPrice')}</th>
              <th className="num">{t('tax')}</th>
              {editable && <th />}
            </tr>
          </thead>
          <tbody>
            {list.data.rows.map((p) => (
              <tr key={p.id} className={p.active ? undefined : 'archived'}>
                <td className="mono nowrap">{p.sku}</td>
                <td>
                  <div className="cell-title">{p.name}</div>
                  <div className="cell-sub">{p.family ?? '—'}{!p.active && ` · ${t('archived')}`}</div>
                </td>
                <td>{t(`kinds.${p.kind}`)}</td>
                <td className="num"><Money minor={p.unitPriceMinor} currency={p.currency} /></td>
                <td className="num">{bpsToPercentText(p.taxRateBps, locale === 'es' ? ',' : '.')} %</td>
                {editable && (
                  <td className="num">
                    <button className="btn btn-sm" onClick={() => setEditing(p)}>{t('edit')}</button>{' '}
                    <button className="btn btn-sm btn-ghost" onClick={() => archive.mutate({ id: p.id, archived: p.active })}>{p.active ? t('archive') : t('restore')}</button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing && (
        <ProductDialog
          product={editing === 'new' ? null : editing}
          currency={currency}
          families={list.data?.families ?? []}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void refresh();
          }}
        />
      )}
    </div>
  );
}
