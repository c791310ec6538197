'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useMemo } from 'react';
import { isMonth, type TMonth } from '~/domain/invoicing/months';
import { MAX_PERIOD_MONTHS } from '~/domain/invoicing/period';
import type { TInvoicingFilter } from '~/domain/schemas/invoicing';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export type TInvoicingView = 'aggregated' | 'individual';
export type TInvoicingParamKey = 'from' | 'months' | 'view' | 'owner' | 'team' | 'customer' | 'card';

/**
 * The board's state kept in the URL so a copied link opens the same view:
 * period (`from`, `months`), `view`, filters (`owner`, `team`, `customer`)
 * and the open deal (`card`). Values that do not parse are ignored.
 */
export function useInvoicingParams() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const state = useMemo(() => {
    const from = params.get('from');
    const months = Number(params.get('months'));
    const filter: TInvoicingFilter = {};
    const owner = params.get('owner');
    const team = params.get('team');
    const customer = params.get('customer');
    if (owner) filter.owner = owner;
    if (team) filter.team = team;
    if (customer && UUID.test(customer)) filter.customer = customer;
    return {
      from: from && isMonth(from) ? (from as TMonth) : undefined,
      months: Number.isInteger(months) && months >= 1 && months <= MAX_PERIOD_MONTHS ? months : undefined,
      view: (params.get('view') === 'individual' ? 'individual' : 'aggregated') as TInvoicingView,
      filter,
      card: params.get('card'),
    };
  }, [params]);
  /** Sets (or, with null / '', removes) URL parameters without scrolling or a history entry. */
  const set = (patch: Partial<Record<TInvoicingParamKey, string | null>>) => {
    const next = new URLSearchParams(params.toString());
    for (const [key, value] of Object.entries(patch)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    const query = next.toString();
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  };
  return { ...state, set };
}
