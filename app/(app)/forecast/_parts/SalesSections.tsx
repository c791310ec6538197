'use client';

import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { bookingsRows, fanRows, pipelineByMonth } from '../_lib/chart-data';
import { buildCsv } from '../_lib/csv';
import { BookingsChart } from './BookingsChart';
import { CsvButton } from './CsvButton';
import { FanChart, FanQuarterTable } from './FanChart';
import type { TReportModel } from './report-model';
import { ReportSection } from './ReportSection';
import { WeightedPipelineChart, type TPipelineMeasure } from './WeightedPipelineChart';

/**
 * Pipeline by month, stacked by forecast category, weighted (the default) or
 * as amounts, with the weighted line (follows every filter). A snapshot from
 * before the job stored weighted categories shows amounts only.
 */
export function PipelineSection({ m }: { m: TReportModel }) {
  const t = useTranslations('forecastReport.weighted');
  const rows = pipelineByMonth(m.s.pipeline, m.months, m.group);
  const canWeigh = rows.every((r) => r.weightedBy);
  const [chosen, setMeasure] = useState<TPipelineMeasure>('weighted');
  const measure = canWeigh ? chosen : 'amount';
  const empty = rows.every((r) => r.deals === 0);
  const actions = (
    <>
      {canWeigh && (
        <div className="fc-toggle no-print" role="group" aria-label={t('measure')} data-testid="pipeline-measure">
          {(['weighted', 'amount'] as const).map((option) => (
            <button key={option} type="button" aria-pressed={measure === option} onClick={() => setMeasure(option)}>{t(option === 'weighted' ? 'weighted' : 'unweighted')}</button>
          ))}
        </div>
      )}
      <CsvButton table="pipeline" build={() => buildCsv(m.csv.pipeline, rows)} />
    </>
  );
  return (
    <ReportSection title={t('title')} hint={t(measure === 'weighted' ? 'hintWeighted' : 'hint')} testId="section-weighted" className="fc-wide" empty={empty ? t('empty') : null} actions={actions}>
      <WeightedPipelineChart rows={rows} f={m.f} measure={measure} />
    </ReportSection>
  );
}

/** Monthly bookings, actual and forecast with the interval, naming the method (and the linear-trend fallback). */
export function BookingsSection({ m }: { m: TReportModel }) {
  const t = useTranslations('forecastReport');
  const b = m.s.bookings;
  const fc = b.forecast;
  const rows = bookingsRows(b, m.group, 24, m.months);
  const methodKey = fc.method === 'holt-winters' ? 'holtWinters' : fc.method === 'linear-trend' ? 'linearTrend' : fc.method;
  const method = t(`bookings.method.${methodKey}`, { seasonal: fc.seasonal ? t(`bookings.seasonal.${fc.seasonal}`) : '', count: b.history.length });
  const order = ['alpha', 'beta', 'gamma', 'intercept', 'slope'];
  const parameters = Object.entries(fc.parameters)
    .filter(([, v]) => v !== null)
    .sort(([a], [b]) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99))
    .map(([k, v]) => `${k} = ${Math.abs(v!) >= 1000 ? m.f.compact(Math.round(v!)) : m.f.number1(Math.round(v! * 1000) / 1000)}`)
    .join(' · ');
  const empty = b.history.length === 0 && b.currentMonth.amountMinor === 0;
  return (
    <ReportSection
      title={t('bookings.title')}
      hint={<span data-testid="bookings-method">{method}</span>}
      testId="section-bookings"
      empty={empty ? t('bookings.empty') : null}
      actions={<CsvButton table="bookings" build={() => buildCsv(m.csv.bookings, rows)} />}
    >
      {fc.method === 'linear-trend' && (
        <p className="fc-notice" role="note" data-testid="bookings-fallback" title={fc.message ?? undefined}>
          {t('bookings.fallback')}
        </p>
      )}
      <BookingsChart rows={rows} currentMonth={b.currentMonth.month} level={fc.level} f={m.f} />
      {parameters && <p className="fc-footnote">{t('bookings.parameters', { parameters })}</p>}
    </ReportSection>
  );
}

/** Monte Carlo P10/P50/P90 per month and per quarter: the organization's, or the filtered owner's, team's or pipeline's. */
export function FanSection({ m }: { m: TReportModel }) {
  const t = useTranslations('forecastReport');
  const mc = m.s.monteCarlo;
  const fan = fanRows(mc, m.months);
  const total = m.filter.period === 'next12' ? { bucket: 'total', p10: mc.total.p10, p50: mc.total.p50, p90: mc.total.p90, mean: Math.round(mc.total.mean), band: [mc.total.p10, mc.total.p90] as [number, number] } : null;
  const hint = t('fan.hint', { iterations: m.f.integer(mc.iterations), deals: mc.openDeals, probability: t(`fan.probability.${mc.probability}`) });
  return (
    <ReportSection
      title={t('fan.title')}
      hint={hint}
      testId="section-fan"
      empty={mc.openDeals === 0 ? t('fan.empty') : null}
      actions={
        <>
          <CsvButton table="range-months" build={() => buildCsv(m.csv.fanMonths, fan.months)} />
          <CsvButton table="range-quarters" build={() => buildCsv(m.csv.fanQuarters, total ? [...fan.quarters, total] : fan.quarters)} />
        </>
      }
    >
      <FanChart rows={fan.months} f={m.f} />
      <h3 className="fc-subtitle">{t('fan.quarters')}</h3>
      <FanQuarterTable rows={fan.quarters} total={total} f={m.f} />
    </ReportSection>
  );
}
