'use client';

import type { ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import { trend } from '~/domain/forecast/kpi-measures';
import type { TForecastKpi } from '~/domain/forecast/snapshot';
import { trendArrow, trendTone } from '../_lib/kpi-tone';

/**
 * One headline figure with its trend against the previous period. The
 * arrow shows the direction; its colour says whether that is good for this
 * KPI (a falling DSO is green), and the title spells it out.
 */
export function KpiTile(props: {
  label: string;
  value: ReactNode;
  hint?: ReactNode;
  kpi?: TForecastKpi;
  formatPrevious?: (v: number) => string;
  /** How the previous value reads under the figure (default "previous …"). */
  previousText?: (value: string) => string;
  testId: string;
  size?: 'lg' | 'md';
  dataValue?: number | null;
}) {
  const t = useTranslations('forecastReport.kpi');
  const { kpi } = props;
  const tr = kpi ? trend(kpi.value, kpi.previous) : null;
  const tone = tr ? trendTone(tr.direction, kpi!.better === 'higher' ? 'up' : 'down') : 'neutral';
  const previous = kpi?.previous !== null && kpi?.previous !== undefined && props.formatPrevious ? props.formatPrevious(kpi.previous) : null;
  const explain =
    tr?.direction && previous !== null
      ? tr.direction === 'flat'
        ? t('trendFlat', { value: previous })
        : t(`trend${tr.direction === 'up' ? 'Up' : 'Down'}${tone === 'bad' ? 'Bad' : 'Good'}`, { value: previous })
      : null;
  return (
    <div className={`card fc-kpi fc-kpi-${props.size ?? 'md'}`} data-testid={props.testId} data-value={props.dataValue ?? undefined}>
      <div className="fc-kpi-label">{props.label}</div>
      <div className="fc-kpi-row">
        <span className="fc-kpi-value">{props.value}</span>
        {tr?.direction && (
          <span className={`fc-trend fc-trend-${tone}`} title={explain ?? undefined} aria-label={explain ?? undefined} data-testid={`${props.testId}-trend`} data-tone={tone}>
            {trendArrow(tr.direction)}
            {tr.change !== null && tr.direction !== 'flat' && <span className="fc-trend-change">{Math.abs(Math.round(tr.change * 100))} %</span>}
          </span>
        )}
      </div>
      <div className="fc-kpi-hint">
        {props.hint}
        {props.hint && kpi && ' · '}
        {kpi && (previous !== null ? (props.previousText ?? ((value) => t('previous', { value })))(previous) : t('noPrevious'))}
      </div>
    </div>
  );
}
