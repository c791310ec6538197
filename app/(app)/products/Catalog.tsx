'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'use-intl';
import { useTRPC } from '~/app/_lib/trpc/react';
import { canManage } from '~/domain/roles';
import { PriceListsCard } from './PriceListsCard';
import { ProductsCard } from './ProductsCard';

/** The product and service catalogue next to the price lists; managers edit, everyone else reads. */
export function Catalog() {
  const t = useTranslations('catalog');
  const trpc = useTRPC();
  const me = useQuery(trpc.me.get.queryOptions());
  const editable = !!me.data && canManage(me.data.role);
  const currency = me.data?.organization.currency ?? 'EUR';
  return (
    <section className="page">
      <h1 className="page-title">{t('title')}</h1>
      {me.data && !editable && <p className="muted">{t('managersOnly')}</p>}
      <div className="catalog-grid">
        <ProductsCard editable={editable} currency={currency} />
        <PriceListsCard editable={editable} currency={currency} />
      </div>
    </section>
  );
}
