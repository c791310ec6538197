'use client';

import { Area, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslations } from 'use-intl';
import type { TBookingsMonth } from '../_lib/chart-data';
import { seriesColor } from '../_lib/colors';
import { ChartFrame } from './ChartFrame';
import { TooltipBox, type TTooltipLine } from './TooltipBox';
import type { TReportFormat } from './use-report-format';

/**
 * Won amount per month (solid), the time-series forecast (dashed) and its
 * prediction interval (shaded range area). The current month is marked: it
 * is incomplete, so its actual is month-to-date.
 */
export function BookingsChart({ rows, currentMonth, level, f }: { rows: TBookingsMonth[]; currentMonth: string; level: number; f: TReportFormat }) {
  const t = useTranslations('forecastReport.bookings');
  const intervalLabel = t('interval', { level: Math.round(level * 100) });
  // The month to date is not comparable with full months: a separate hollow dot, not the end of the line.
  // Bookings cannot be negative: the band is drawn from 0 even where the model's lower bound is below (the CSV keeps the model's values).
  const data = rows.map((r) => ({ ...r, full: r.partial ? null : r.actual, toDate: r.partial ? r.actual : null, band: r.band && ([Math.max(0, r.band[0]), Math.max(0, r.band[1])] as [number, number]) }));
  return (
    <ChartFrame height={340} testId="chart-bookings">
      <ComposedChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: 8 }}>
        <CartesianGrid vertical={false} stroke={seriesColor.grid} />
        <XAxis dataKey="month" tickFormatter={f.month} tick={{ fontSize: 14, fill: seriesColor.axis }} />
        <YAxis tickFormatter={f.compact} tick={{ fontSize: 14, fill: seriesColor.axis }} width={80} />
        <Tooltip
          content={({ active, payload, label }) => {
            if (!active || !payload?.length) return null;
            const r = payload[0]!.payload as TBookingsMonth;
            const lines: TTooltipLine[] = [];
            if (r.actual !== null) lines.push({ label: `${t('actual')}${r.partial ? ` ${t('partial')}` : ''}`, value: f.money(r.actual), color: seriesColor.actual, strong: true });
            if (r.forecast !== null && (r.actual === null || r.partial)) lines.push({ label: t('forecast'), value: f.money(r.forecast), color: seriesColor.forecast, strong: r.actual === null });
            if (r.band && (r.actual === null || r.partial)) lines.push({ label: intervalLabel, value: `${f.money(r.band[0])} – ${f.money(r.band[1])}`, color: seriesColor.band });
            return <TooltipBox title={f.monthLong(String(label))} lines={lines} />;
          }}
        />
        <Legend itemSorter={null} wrapperStyle={{ fontSize: 14 }} />
        <Area dataKey="band" name={intervalLabel} stroke="none" fill={seriesColor.band} fillOpacity={0.22} connectNulls isAnimationActive={false} />
        <ReferenceLine x={currentMonth} stroke={seriesColor.diagonal} strokeDasharray="4 4" />
        <Line dataKey="full" name={t('actual')} stroke={seriesColor.actual} strokeWidth={3} dot={{ r: 3 }} isAnimationActive={false} />
        <Line dataKey="toDate" name={`${t('actual')} ${t('partial')}`} stroke={seriesColor.actual} strokeWidth={0} dot={{ r: 6, fill: '#fff', stroke: seriesColor.actual, strokeWidth: 2 }} legendType="circle" isAnimationActive={false} />
        <Line dataKey="forecast" name={t('forecast')} stroke={seriesColor.forecast} strokeWidth={3} strokeDasharray="8 5" dot={{ r: 3 }} isAnimationActive={false} />
      </ComposedChart>
    </ChartFrame>
  );
}
