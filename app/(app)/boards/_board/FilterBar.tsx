'use client';

import { useQuery } from '@tanstack/react-query';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useTranslations } from 'use-intl';
import type { TBoardFilter } from '~/domain/board/filter';
import { useTRPC } from '~/app/_lib/trpc/react';

/** Filters kept in the URL (owner, team, type, probability and close ranges, text). */
export function FilterBar({ filter, cardsShown, cardsTotal }: { filter: TBoardFilter; cardsShown: number; cardsTotal: number }) {
  const t = useTranslations('board');
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const members = useQuery(trpc.organization.members.queryOptions());
  const teams = useQuery(trpc.organization.teams.queryOptions());
  const set = (key: keyof TBoardFilter, value: string) => {
    const next = new URLSearchParams(params.toString());
    if (value) next.set(key, value);
    else next.delete(key);
    router.replace(`${pathname}?${next.toString()}`, { scroll: false });
  };
  const active = Object.keys(filter).length > 0;
  return (
    <div className="filters" data-testid="filters">
      <input className="input" type="search" placeholder={t('search')} defaultValue={filter.q ?? ''} onChange={(e) => set('q', e.target.value)} data-testid="filter-q" />
      <select className="input" value={filter.owner ?? ''} onChange={(e) => set('owner', e.target.value)} aria-label={t('owner')} data-testid="filter-owner">
        <option value="">{t('allOwners')}</option>
        {members.data?.filter((m) => m.role !== 'viewer').map((m) => <option key={m.userId} value={m.userId}>{m.name}</option>)}
      </select>
      <select className="input" value={filter.team ?? ''} onChange={(e) => set('team', e.target.value)} aria-label={t('team')}>
        <option value="">{t('allTeams')}</option>
        {teams.data?.map((team) => <option key={team.id} value={team.id}>{team.name}</option>)}
      </select>
      <select className="input" value={filter.type ?? ''} onChange={(e) => set('type', e.target.value)} aria-label={t('type')}>
        <option value="">{t('allTypes')}</option>
        {(['new_business', 'upsell', 'renewal'] as const).map((type) => <option key={type} value={type}>{t(`types.${type}`)}</option>)}
      </select>
      <label className="range">
        {t('probability')}
        <input className="input input-num" type="number" min={0} max={100} value={filter.pmin ?? ''} onChange={(e) => set('pmin', e.target.value)} aria-label={t('pmin')} />
        –
        <input className="input input-num" type="number" min={0} max={100} value={filter.pmax ?? ''} onChange={(e) => set('pmax', e.target.value)} aria-label={t('pmax')} />
      </label>
      <label className="range">
        {t('closes')}
        <input className="input" type="date" value={filter.from ?? ''} onChange={(e) => set('from', e.target.value)} aria-label={t('from')} />
        –
        <input className="input" type="date" value={filter.to ?? ''} onChange={(e) => set('to', e.target.value)} aria-label={t('to')} />
      </label>
      <span className="muted" data-testid="cards-shown">{t('shown', { shown: cardsShown, total: cardsTotal })}</span>
      {active && <button className="btn btn-ghost" onClick={() => router.replace(pathname, { scroll: false })}>{t('clear')}</button>}
    </div>
  );
}
