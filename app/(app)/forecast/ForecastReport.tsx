'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'use-intl';
import { QueryState } from '~/app/_components/QueryState';
import { useTRPC } from '~/app/_lib/trpc/react';
import { csvTables } from './_lib/csv-tables';
import type { TForecastSnapshot } from '~/domain/forecast/snapshot';
import { groupOf, monthsOfPeriod, type TReportFilter } from './_lib/report-filter';
import { KpiSection } from './_parts/KpiSection';
import { OverridesSection } from './_parts/OverridesSection';
import type { TReportModel } from './_parts/report-model';
import { ReportFilters } from './_parts/ReportFilters';
import { BookingsSection, FanSection, PipelineSection } from './_parts/SalesSections';
import { AccuracySection, CalibrationSection } from './_parts/TrustSections';
import { useReportFormat } from './_parts/use-report-format';
import { useForecastData } from './use-forecast-data';
import { useForecastLive } from './use-forecast-live';
import { useForecastParams } from './use-forecast-params';

/**
 * The executive forecast report: KPI tiles on top, then the pipeline by
 * category, bookings with their forecast, the Monte Carlo range,
 * calibration, accuracy and the rep × month forecast with overrides. It
 * reads the latest snapshot of the forecasting job and refetches when the
 * server announces a new one (`forecast:updated`).
 */
export function ForecastReport() {
  const t = useTranslations('forecastReport');
  const trpc = useTRPC();
  const { filter, set, clear } = useForecastParams();
  const data = useForecastData(filter);
  const { updatedAt } = useForecastLive(data.refetch);
  const members = useQuery(trpc.organization.members.queryOptions());
  const s = data.snapshot;
  const f = useReportFormat(s?.currency ?? 'EUR', s?.timeZone ?? 'UTC');
  if (s === undefined) return <ReportSkeleton error={data.error} onRetry={() => void data.refetch()} />;
  if (s === null) return <NoSnapshot onRecompute={data.recompute.allowed ? data.recompute.run : null} pending={data.recompute.pending} />;
  const m: TReportModel = {
    s,
    filter,
    months: monthsOfPeriod(s.months, filter.period),
    group: groupOf(filter),
    f,
    csv: csvTables((key) => (t as unknown as (k: string, v: { currency: string }) => string)(key, { currency: s.currency }), s.currency),
    opening: data.opening,
  };
  const nameOf = (userId: string | null) => members.data?.find((x) => x.userId === userId)?.name ?? s.dimensions.owners.find((o) => o.id === userId)?.name ?? t('overrides.someone');
  const shownAt = updatedAt ?? new Date(s.asOf);
  return (
    <article className="page fc-report" data-testid="forecast-report" data-as-of={s.asOf}>
      <header className="fc-head">
        <div>
          <h1 className="page-title">{t('title')}</h1>
          <p className="fc-subtitle-line">{t('subtitle', { currency: s.currency, asOf: f.instant(s.asOf) })}</p>
          {/* The filters are not printed: the board pack says what it shows instead. */}
          <p className="fc-print-scope" data-testid="forecast-print-scope">{scopeLine(filter, s.dimensions, (key, values) => t(key as 'scope.all', values as never))}</p>
        </div>
        <div className="fc-head-actions">
          <span className={`fc-updated${data.isFetching ? ' busy' : ''}`} title={t('updatedHint')} data-testid="forecast-updated" aria-live="polite">
            {data.isFetching ? t('refreshing') : t('updated', { time: f.time(shownAt) })}
          </span>
          {data.recompute.allowed && (
            <button type="button" className="btn no-print" onClick={data.recompute.run} disabled={data.recompute.pending} data-testid="forecast-recompute">
              {data.recompute.pending ? t('recomputing') : t('recompute')}
            </button>
          )}
          <button type="button" className="btn no-print" onClick={() => window.print()} data-testid="forecast-print">
            {t('print')}
          </button>
        </div>
      </header>
      {data.recompute.error && <p className="alert" role="alert">{data.recompute.error}</p>}
      <ReportFilters filter={filter} dimensions={s.dimensions} quarters={s.quarters} months={s.months} monthLabel={f.month} set={set} clear={clear} />
      <KpiSection m={m} />
      <PipelineSection m={m} />
      <div className="fc-grid">
        <BookingsSection m={m} />
        <FanSection m={m} />
      </div>
      <div className="fc-grid">
        <CalibrationSection m={m} />
        <AccuracySection m={m} />
      </div>
      <OverridesSection m={m} canOverride={data.canManage} nameOf={nameOf} isRep={(id) => members.data?.some((x) => x.userId === id && x.role === 'rep') ?? false} onSave={data.setOverride} />
    </article>
  );
}

/** "Team Iberia · Next 12 months": what the report shows, for the printed pack (the filter controls are not printed). */
function scopeLine(filter: TReportFilter, dimensions: TForecastSnapshot['dimensions'], t: (key: string, values?: Record<string, string>) => string): string {
  const name = (list: readonly { id: string; name: string }[], id: string | null) => list.find((x) => x.id === id)?.name ?? id ?? '';
  const who = filter.owner
    ? t('scope.owner', { name: name(dimensions.owners, filter.owner) })
    : filter.team
      ? filter.team === 'none' ? t('filters.noTeam') : t('scope.team', { name: name(dimensions.teams, filter.team) })
      : filter.pipeline
        ? t('scope.pipeline', { name: name(dimensions.pipelines, filter.pipeline) })
        : t('scope.all');
  const period = filter.period.includes('-Q') ? t('filters.quarter', { quarter: filter.period.replace('-', ' ') }) : t(`filters.${filter.period}`);
  return `${who} · ${period}`;
}

/** Tiles and chart placeholders while the first snapshot loads (or the error with a retry). */
function ReportSkeleton({ error, onRetry }: { error: { message: string } | null; onRetry: () => void }) {
  if (error) return <QueryState error={error} onRetry={onRetry} />;
  return (
    <div className="page fc-report" aria-busy="true" data-testid="forecast-loading">
      <div className="skeleton fc-skeleton-title" />
      <div className="fc-kpi-grid fc-kpi-grid-lg">
        {Array.from({ length: 5 }, (_, i) => <div key={i} className="skeleton fc-skeleton-tile" />)}
      </div>
      <div className="skeleton fc-skeleton-chart" />
      <div className="fc-grid">
        <div className="skeleton fc-skeleton-chart" />
        <div className="skeleton fc-skeleton-chart" />
      </div>
    </div>
  );
}

function NoSnapshot({ onRecompute, pending }: { onRecompute: (() => void) | null; pending: boolean }) {
  const t = useTranslations('forecastReport');
  return (
    <section className="page">
      <h1 className="page-title">{t('title')}</h1>
      <div className="card fc-empty-report" data-testid="forecast-no-snapshot">
        <p>{t('noSnapshot')}</p>
        {onRecompute && (
          <button type="button" className="btn btn-primary" onClick={onRecompute} disabled={pending}>
            {pending ? t('recomputing') : t('recompute')}
          </button>
        )}
      </div>
    </section>
  );
}
