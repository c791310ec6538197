'use client';

import { useTranslations } from 'use-intl';
import type { TForecastKpi, TForecastSnapshot } from '~/domain/forecast/snapshot';
import { KpiTile } from './KpiTile';
import type { TReportFormat } from './use-report-format';

type TKpis = TForecastSnapshot['kpis']['values'];

/**
 * The KPI tiles on top of the report: the sales figures first and largest
 * (weighted pipeline of the filter and period, win rate, coverage, deal
 * size, cycle), then orders and cash (backlog, fulfilment, delivery, lead
 * times, invoicing, overdue and DSO), each against the previous period.
 */
export function KpiTiles({ kpis, weighted, f }: { kpis: TKpis; weighted: { weighted: number; unweighted: number; deals: number; kpi: TForecastKpi }; f: TReportFormat }) {
  const t = useTranslations('forecastReport.kpi');
  const days = (v: number) => t('days', { count: Math.round(v) });
  // Coverage reads as a multiple ("2.6×"); other ratios (invoiced ÷ ordered) read better as a percentage.
  const byUnit = (kpi: TForecastKpi | undefined, key?: keyof TKpis) => (v: number) => {
    if (!kpi) return '—';
    if (kpi.unit === 'money') return f.compact(v);
    if (kpi.unit === 'rate') return f.pct(v);
    if (kpi.unit === 'days') return days(v);
    if (kpi.unit === 'ratio') return key === 'pipelineCoverage' ? t('times', { value: f.number1(v) }) : f.pct(v);
    return f.integer(v);
  };
  const show = (kpi: TForecastKpi | undefined, key?: keyof TKpis) => (kpi && kpi.value !== null ? byUnit(kpi, key)(kpi.value) : t('none'));
  const tile = (key: keyof TKpis, size: 'lg' | 'md' = 'md', hint?: string) => (
    <KpiTile key={key} label={t(key as never)} value={show(kpis[key], key)} kpi={kpis[key]} formatPrevious={byUnit(kpis[key], key)} hint={hint} size={size} testId={`kpi-${key}`} />
  );
  const leadTime = (median: keyof TKpis, p90: keyof TKpis, label: 'orderToDelivery' | 'orderToInvoice') => (
    <KpiTile
      key={label}
      label={t(label)}
      value={kpis[median]?.value != null ? days(kpis[median].value) : t('none')}
      hint={kpis[p90]?.value != null ? t('leadTimeHint', { p90: days(kpis[p90].value) }) : undefined}
      kpi={kpis[median]}
      formatPrevious={days}
      testId={`kpi-${label}`}
    />
  );
  const overdue = kpis.overdueInvoicesMinor;
  return (
    <div className="fc-kpis" data-testid="kpi-tiles">
      <div className="fc-kpi-grid fc-kpi-grid-lg">
        <KpiTile
          label={t('weightedPipeline')}
          value={f.compact(weighted.weighted)}
          hint={t('weightedHint', { deals: weighted.deals, unweighted: f.compact(weighted.unweighted) })}
          size="lg"
          testId="kpi-weighted-pipeline"
          dataValue={weighted.weighted}
          kpi={weighted.kpi}
          formatPrevious={f.compact}
          previousText={(value) => t('weightedOpening', { value })}
        />
        {tile('winRate', 'lg')}
        {tile('pipelineCoverage', 'lg', t('coverageHint'))}
        {tile('averageDealSizeMinor', 'lg')}
        {tile('salesCycleDays', 'lg')}
      </div>
      <div className="fc-kpi-grid">
        {tile('orderBacklogMinor')}
        {tile('fulfilmentRate')}
        {tile('onTimeDeliveryRate')}
        {tile('invoicedVsOrdered')}
        <KpiTile
          label={t('overdueInvoices')}
          value={show(overdue)}
          hint={t('overdueHint', { count: kpis.overdueInvoicesCount?.value ?? 0, dso: kpis.dsoDays?.value != null ? days(kpis.dsoDays.value) : t('none') })}
          kpi={overdue}
          formatPrevious={byUnit(overdue)}
          testId="kpi-overdueInvoices"
        />
        {tile('dsoDays')}
        {leadTime('orderToDeliveryMedianDays', 'orderToDeliveryP90Days', 'orderToDelivery')}
        {leadTime('orderToInvoiceMedianDays', 'orderToInvoiceP90Days', 'orderToInvoice')}
      </div>
    </div>
  );
}
