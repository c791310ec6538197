'use client';

import { CartesianGrid, ErrorBar, Legend, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from 'recharts';
import { useTranslations } from 'use-intl';
import type { TCalibrationPoint } from '../_lib/chart-data';
import { seriesColor } from '../_lib/colors';
import { ChartFrame } from './ChartFrame';
import { TooltipBox } from './TooltipBox';
import type { TReportFormat } from './use-report-format';

/**
 * "Do our 50 % deals win half the time?": one dot per probability band at
 * (entered, actual win rate), sized by the number of closed deals, with the
 * Wilson interval as an error bar and the diagonal as perfect calibration.
 */
export function CalibrationChart({ points, f }: { points: TCalibrationPoint[]; f: TReportFormat }) {
  const t = useTranslations('forecastReport.calibration');
  const axis = { type: 'number' as const, domain: [0, 100], ticks: [0, 25, 50, 75, 100], tickFormatter: f.points, tick: { fontSize: 14, fill: seriesColor.axis } };
  return (
    <ChartFrame height={340} testId="chart-calibration">
      <ScatterChart margin={{ top: 12, right: 16, bottom: 24, left: 8 }}>
        <CartesianGrid stroke={seriesColor.grid} />
        <XAxis dataKey="entered" name={t('entered')} {...axis} label={{ value: t('entered'), position: 'insideBottom', offset: -14, fontSize: 14, fill: seriesColor.axis }} />
        <YAxis dataKey="actual" name={t('actual')} {...axis} width={64} label={{ value: t('actual'), angle: -90, position: 'insideLeft', offset: 8, fontSize: 14, fill: seriesColor.axis, style: { textAnchor: 'middle' } }} />
        <ZAxis dataKey="count" range={[90, 520]} />
        <ReferenceLine segment={[{ x: 0, y: 0 }, { x: 100, y: 100 }]} stroke={seriesColor.diagonal} strokeDasharray="6 4" strokeWidth={2} ifOverflow="extendDomain" />
        <Tooltip
          cursor={false}
          content={({ active, payload }) => {
            if (!active || !payload?.length) return null;
            const p = payload[0]!.payload as TCalibrationPoint;
            return (
              <TooltipBox
                title={`${t('band')} ${t('bandValue', { band: p.band })}`}
                lines={[
                  { label: t('entered'), value: f.points(p.entered) },
                  { label: t('actual'), value: f.points(p.actual), color: seriesColor.forecast, strong: true },
                  { label: t('interval'), value: t('intervalValue', { lower: f.points(p.lower), upper: f.points(p.upper) }) },
                  { label: t('deals'), value: t('wonOfReached', { won: p.won, count: p.count }) },
                  { label: t('suggested'), value: f.points(p.suggested), color: seriesColor.suggested },
                ]}
              />
            );
          }}
        />
        <Legend itemSorter={null} verticalAlign="top" wrapperStyle={{ fontSize: 14, paddingBottom: 8 }} />
        <Scatter data={points} name={t('actual')} fill={seriesColor.forecast} isAnimationActive={false}>
          <ErrorBar dataKey="error" direction="y" width={8} strokeWidth={2} stroke={seriesColor.forecast} />
        </Scatter>
        <Scatter data={points.map((p) => ({ ...p, actual: p.suggested, count: 0 }))} name={t('suggested')} fill={seriesColor.suggested} shape="diamond" isAnimationActive={false} />
      </ScatterChart>
    </ChartFrame>
  );
}

/** One line of a calibration table (a band or a stage), figures in percent. */
export type TCalibrationTableRow = Pick<TCalibrationPoint, 'entered' | 'actual' | 'lower' | 'upper' | 'count' | 'won' | 'suggested'> & { key: string; label: string };

export function CalibrationTable({ rows, heading, f, testId = 'calibration-table' }: { rows: TCalibrationTableRow[]; heading: string; f: TReportFormat; testId?: string }) {
  const t = useTranslations('forecastReport.calibration');
  return (
    <div className="fc-table-scroll">
    <table className="table fc-table fc-table-compact" data-testid={testId}>
      <thead>
        <tr>
          <th>{heading}</th>
          <th className="num">{t('deals')}</th>
          <th className="num">{t('enteredShort')}</th>
          <th className="num">{t('actualShort')}</th>
          <th className="num">{t('interval')}</th>
          <th className="num">{t('suggested')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((p) => (
          <tr key={p.key}>
            <td className="cell-title">{p.label}</td>
            <td className="num">{t('wonOfReached', { won: p.won, count: p.count })}</td>
            <td className="num">{f.points(p.entered)}</td>
            <td className="num strong">{f.points(p.actual)}</td>
            <td className="num">{t('intervalValue', { lower: f.points(p.lower), upper: f.points(p.upper) })}</td>
            <td className="num">{f.points(p.suggested)}</td>
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}
