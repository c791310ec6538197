'use client';

import { useTranslations } from 'use-intl';
import { kpiKeys } from '~/domain/forecast/snapshot';
import { openingWeighted, pipelineByMonth, sumPipeline } from '../_lib/chart-data';
import { buildCsv } from '../_lib/csv';
import { CsvButton } from './CsvButton';
import { KpiTiles } from './KpiTiles';
import type { TReportModel } from './report-model';

/** The tiles on top, with the KPI period and a CSV of every figure. */
export function KpiSection({ m }: { m: TReportModel }) {
  const t = useTranslations('forecastReport.kpi');
  const totals = sumPipeline(pipelineByMonth(m.s.pipeline, m.months, m.group));
  // Against the forecast made before the period began, for the same group and window.
  const weightedKpi = { value: totals.weighted, previous: openingWeighted(m.opening, m.s.months, m.months, m.filter.period.includes('-Q') ? 'calendar' : 'rolling'), unit: 'money' as const, better: 'higher' as const };
  const { period, previousPeriod, values } = m.s.kpis;
  const label = (key: (typeof kpiKeys)[number]) => {
    if (key === 'orderToDeliveryMedianDays') return t('orderToDelivery');
    if (key === 'orderToInvoiceMedianDays') return t('orderToInvoice');
    if (key === 'orderToDeliveryP90Days') return t('orderToDeliveryP90');
    if (key === 'orderToInvoiceP90Days') return t('orderToInvoiceP90');
    if (key === 'overdueInvoicesMinor') return t('overdueInvoices');
    return t(key);
  };
  const csvRows = () => [
    { label: t('weightedPipeline'), kpi: weightedKpi },
    ...kpiKeys.map((key) => ({ label: label(key), kpi: values[key] })),
  ];
  // The period is [from, to): show the last day included.
  const lastDay = (to: string) => new Date(Date.parse(`${to}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return (
    <section className="fc-kpi-section" aria-label={t('section')} data-testid="section-kpis">
      <div className="fc-kpi-head">
        <p className="fc-section-hint">
          {t('period', { from: m.f.date(period.from), to: m.f.date(lastDay(period.to)), prevFrom: m.f.date(previousPeriod.from), prevTo: m.f.date(lastDay(previousPeriod.to)) })}
          {m.group.groupBy !== 'all' && <span data-testid="kpi-filtered-note"> · {t(m.s.kpis.documentsByGroup ? 'filteredNote' : 'filteredNoteOrgDocuments')}</span>}
        </p>
        <CsvButton table="kpis" build={() => buildCsv(m.csv.kpis, csvRows())} />
      </div>
      <KpiTiles kpis={values} weighted={{ ...totals, kpi: weightedKpi }} f={m.f} />
    </section>
  );
}
