'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'use-intl';
import { Money } from '~/app/_components/Money';
import { QueryState } from '~/app/_components/QueryState';
import { useTRPC } from '~/app/_lib/trpc/react';
import { ClosingSoonTable } from './ClosingSoonTable';
import { Kpi } from './Kpi';
import { MonthlyWonChart } from './MonthlyWonChart';

/** Home: headline pipeline figures, won per month and the deals to push this month. */
export function Overview() {
  const t = useTranslations('home');
  const trpc = useTRPC();
  const summary = useQuery(trpc.dashboard.summary.queryOptions());
  if (!summary.data) return <QueryState error={summary.error} onRetry={() => summary.refetch()} />;
  const s = summary.data;
  return (
    <section className="page">
      <h1 className="page-title">{t('title')}</h1>
      <div className="kpis">
        <Kpi label={t('openPipeline')} hint={t('openDeals', { count: s.openCount })} testId="kpi-open">
          <Money minor={s.openAmountMinor} currency={s.currency} wholeUnits />
        </Kpi>
        <Kpi label={t('weighted')} hint={t('weightedHint')} testId="kpi-weighted">
          <Money minor={s.weightedAmountMinor} currency={s.currency} wholeUnits />
        </Kpi>
        <Kpi label={t('wonQuarter')} testId="kpi-won">
          <Money minor={s.wonQuarterMinor} currency={s.currency} wholeUnits />
        </Kpi>
        <Kpi label={t('winRate')} hint={t('winRateHint', { won: s.won12, lost: s.lost12 })} testId="kpi-winrate">
          {s.winRate12 === null ? '—' : `${Math.round(s.winRate12 * 100)} %`}
        </Kpi>
      </div>
      {(s.overdueCount > 0 || s.rottingCount > 0) && (
        <div className="card attention">
          <strong>{t('attention')}:</strong>
          {s.overdueCount > 0 && <span className="pill pill-warn">{t('overdue', { count: s.overdueCount })}</span>}
          {s.rottingCount > 0 && <span className="pill pill-danger">{t('rotting', { count: s.rottingCount })}</span>}
        </div>
      )}
      <div className="grid-2">
        <div className="card">
          <h2 className="card-title">{t('monthlyWon')}</h2>
          <MonthlyWonChart data={s.monthly} currency={s.currency} />
        </div>
        <div className="card">
          <h2 className="card-title">{t('closingSoon')}</h2>
          <ClosingSoonTable rows={s.closingSoon} currency={s.currency} />
        </div>
      </div>
      {s.otherCurrencyDeals > 0 && <p className="muted">{t('otherCurrencies', { count: s.otherCurrencyDeals })}</p>}
    </section>
  );
}
