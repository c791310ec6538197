'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'use-intl';
import { addMonths, type TMonth } from '~/domain/invoicing/months';
import { DEFAULT_PERIOD_MONTHS } from '~/domain/invoicing/period';
import { useTRPC } from '~/app/_lib/trpc/react';
import { MonthLabel } from './MonthLabel';
import type { useInvoicingParams } from './use-invoicing-params';

const PERIOD_LENGTHS = [3, 6, 12, 18, 24];

type TProps = { url: ReturnType<typeof useInvoicingParams>; months: string[]; currentMonth: string | undefined };

/** Period (shift, length, back to today), view toggle and the owner / team / customer filters; all in the URL. */
export function InvoicingToolbar({ url, months, currentMonth }: TProps) {
  const t = useTranslations('invoicing');
  const trpc = useTRPC();
  const members = useQuery(trpc.organization.members.queryOptions());
  const teams = useQuery(trpc.organization.teams.queryOptions());
  const customers = useQuery(trpc.customer.list.queryOptions({ limit: 200 }));
  const first = months[0] as TMonth | undefined;
  const length = url.months ?? DEFAULT_PERIOD_MONTHS;
  const shift = (delta: number) => first && url.set({ from: addMonths(first, delta) });
  const filtered = Boolean(url.filter.owner || url.filter.team || url.filter.customer);
  return (
    <div className="inv-toolbar" data-testid="invoicing-toolbar">
      <div className="inv-period" role="group" aria-label={t('period')}>
        <button type="button" className="btn" onClick={() => shift(-3)} aria-label={t('previous')}>‹</button>
        <span className="inv-period-label">
          {first && <MonthLabel month={first} />} – {months.length > 0 && <MonthLabel month={months[months.length - 1]!} />}
        </span>
        <button type="button" className="btn" onClick={() => shift(3)} aria-label={t('next')}>›</button>
        <select className="input" value={length} onChange={(e) => url.set({ months: e.target.value === String(DEFAULT_PERIOD_MONTHS) ? null : e.target.value })} aria-label={t('period')}>
          {PERIOD_LENGTHS.map((n) => <option key={n} value={n}>{t('monthsOption', { count: n })}</option>)}
        </select>
        {(url.from || url.months) && currentMonth && (
          <button type="button" className="btn btn-ghost" onClick={() => url.set({ from: null, months: null })}>{t('thisPeriod')}</button>
        )}
      </div>
      <div className="inv-view-toggle" role="group" aria-label={t('view')}>
        {(['aggregated', 'individual'] as const).map((view) => (
          <button key={view} type="button" className={url.view === view ? 'tab active' : 'tab'} aria-pressed={url.view === view} onClick={() => url.set({ view: view === 'individual' ? view : null })} data-testid={`view-${view}`}>
            {t(view)}
          </button>
        ))}
      </div>
      <div className="filters">
        <select className="input" value={url.filter.owner ?? ''} onChange={(e) => url.set({ owner: e.target.value })} aria-label={t('owner')} data-testid="inv-filter-owner">
          <option value="">{t('allOwners')}</option>
          {members.data?.filter((m) => m.role !== 'viewer').map((m) => <option key={m.userId} value={m.userId}>{m.name}</option>)}
        </select>
        <select className="input" value={url.filter.team ?? ''} onChange={(e) => url.set({ team: e.target.value })} aria-label={t('team')}>
          <option value="">{t('allTeams')}</option>
          {teams.data?.map((team) => <option key={team.id} value={team.id}>{team.name}</option>)}
        </select>
        <select className="input" value={url.filter.customer ?? ''} onChange={(e) => url.set({ customer: e.target.value })} aria-label={t('customer')}>
          <option value="">{t('allCustomers')}</option>
          {customers.data?.rows.map((c) => <option key={c.id} value={c.id}>{c.legalName}</option>)}
        </select>
        {filtered && <button type="button" className="btn btn-ghost" onClick={() => url.set({ owner: null, team: null, customer: null })}>{t('clear')}</button>}
      </div>
    </div>
  );
}
