'use client';

import { useTranslations } from 'use-intl';
import { accuracyRows, calibrationPoints, calibrationStages } from '../_lib/chart-data';
import { buildCsv } from '../_lib/csv';
import { AccuracyChart } from './AccuracyChart';
import { AccuracyTable } from './AccuracyTable';
import { CalibrationChart, CalibrationTable } from './CalibrationChart';
import { CsvButton } from './CsvButton';
import type { TReportModel } from './report-model';
import { ReportSection } from './ReportSection';

/** Entered probability against the actual win rate per band and per stage, from closed deals (the filtered group's own, when a filter is on). */
export function CalibrationSection({ m }: { m: TReportModel }) {
  const t = useTranslations('forecastReport');
  const points = calibrationPoints(m.s.calibration.bands);
  const stages = calibrationStages(m.s.calibration.stages);
  const overall = m.s.calibration.overall;
  return (
    <ReportSection
      title={t('calibration.title')}
      hint={m.group.groupBy === 'all' ? t('calibration.hint') : `${t('calibration.hint')} ${t('calibration.groupHint')}`}
      testId="section-calibration"
      empty={points.length === 0 ? t('calibration.empty') : null}
      actions={<CsvButton table="calibration" build={() => buildCsv(m.csv.calibration, points)} />}
    >
      <CalibrationChart points={points} f={m.f} />
      <p className="fc-footnote">{t('calibration.overall', { won: overall.won, count: overall.count, rate: m.f.pct(overall.winRate) })}</p>
      <CalibrationTable rows={points.map((p) => ({ ...p, key: String(p.band), label: t('calibration.bandValue', { band: p.band }) }))} heading={t('calibration.band')} f={m.f} />
      {stages.length > 0 && (
        <>
          <div className="fc-subhead">
            <h3>{t('calibration.byStage')}</h3>
            <CsvButton table="calibration-stages" build={() => buildCsv(m.csv.calibrationStages, stages)} />
          </div>
          <CalibrationTable
            rows={stages.map((s) => ({ ...s, key: s.stage ?? '', label: s.stage ?? t('calibration.noStage') }))}
            heading={t('calibration.stage')}
            f={m.f}
            testId="calibration-stage-table"
          />
        </>
      )}
    </ReportSection>
  );
}

/** Past forecasts against actuals, with MAPE and bias as headline figures (the filtered group's own, when a filter is on). */
export function AccuracySection({ m }: { m: TReportModel }) {
  const t = useTranslations('forecastReport.accuracy');
  const acc = m.s.accuracy;
  const rows = accuracyRows(acc);
  const bias = acc.bias === null ? null : Math.abs(acc.bias) < 0.005 ? t('biasNone') : acc.bias > 0 ? t('biasOver') : t('biasUnder');
  return (
    <ReportSection title={t('title')} hint={t('hint')} testId="section-accuracy" empty={rows.length === 0 ? t('empty') : null} actions={<CsvButton table="accuracy" build={() => buildCsv(m.csv.accuracy, rows)} />}>
      <div className="fc-accuracy-figures">
        <div className="fc-figure" data-testid="accuracy-mape">
          <span className="fc-figure-label">{t('mape')}</span>
          <span className="fc-figure-value">{m.f.pct1(acc.mape)}</span>
          <span className="fc-figure-hint">{t('mapeHint')}</span>
        </div>
        <div className="fc-figure" data-testid="accuracy-bias">
          <span className="fc-figure-label">{t('bias')}</span>
          <span className="fc-figure-value">{acc.bias === null ? '—' : `${acc.bias > 0 ? '+' : ''}${m.f.pct1(acc.bias)}`}</span>
          {bias && <span className="fc-figure-hint">{bias}</span>}
        </div>
      </div>
      <AccuracyChart rows={rows} f={m.f} />
      <AccuracyTable rows={rows} f={m.f} />
    </ReportSection>
  );
}
