'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useFormatter, useTranslations } from 'use-intl';
import { QueryState } from '~/app/_components/QueryState';
import { useTRPC } from '~/app/_lib/trpc/react';
import { PriceListPanel } from './PriceListPanel';

/** The price lists (default first) and the selected one's settings and prices. */
export function PriceListsCard({ editable, currency }: { editable: boolean; currency: string }) {
  const t = useTranslations('catalog');
  const format = useFormatter();
  const trpc = useTRPC();
  const lists = useQuery(trpc.priceList.list.queryOptions());
  const [selected, setSelected] = useState<string | 'new' | null>(null);
  const day = (d: string | null) => (d ? format.dateTime(new Date(`${d}T12:00:00Z`), { dateStyle: 'medium' }) : '…');
  const current = selected ?? lists.data?.[0]?.id ?? null;
  return (
    <div className="card" data-testid="price-list-card">
      <div className="card-head">
        <h2 className="card-title">{t('priceLists')}</h2>
        {editable && <button className="btn btn-sm" onClick={() => setSelected('new')} data-testid="price-list-new">{t('newPriceList')}</button>}
      </div>
      {!lists.data ? (
        <QueryState error={lists.error} onRetry={() => lists.refetch()} />
      ) : (
        <>
          {lists.data.length === 0 && selected !== 'new' && <p className="muted">{t('noPriceLists')}</p>}
          <div>
            {lists.data.map((l) => (
              <button key={l.id} type="button" className="price-list-item" aria-current={current === l.id} onClick={() => setSelected(l.id)}>
                <span>
                  <strong>{l.name}</strong> <span className="muted">{l.currency}</span>{' '}
                  {l.isDefault && <span className="pill pill-ok">{t('defaultBadge')}</span>}
                  <div className="cell-sub">
                    {l.validFrom || l.validTo ? t('validity', { from: day(l.validFrom), to: day(l.validTo) }) : t('always')}
                  </div>
                </span>
                <span className="cell-sub">{t('prices', { count: l.priceCount })} · {t('customers', { count: l.customerCount })}</span>
              </button>
            ))}
          </div>
          {current && (
            <PriceListPanel
              key={current}
              id={current === 'new' ? null : current}
              editable={editable}
              currency={currency}
              onSaved={(id) => setSelected(id)}
              onCancelNew={() => setSelected(null)}
            />
          )}
        </>
      )}
    </div>
  );
}
