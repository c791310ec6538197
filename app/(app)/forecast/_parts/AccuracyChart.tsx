'use client';

import { Area, Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslations } from 'use-intl';
import type { TAccuracyRow } from '../_lib/chart-data';
import { categoryColor, seriesColor } from '../_lib/colors';
import { ChartFrame } from './ChartFrame';
import { TooltipBox, type TTooltipLine } from './TooltipBox';
import type { TReportFormat } from './use-report-format';

/** Past months: what closed (bars, the "closed" colour) against what the forecast said beforehand (line, with its P10–P90 band). */
export function AccuracyChart({ rows, f }: { rows: TAccuracyRow[]; f: TReportFormat }) {
  const t = useTranslations('forecastReport.accuracy');
  return (
    <ChartFrame height={300} testId="chart-accuracy">
      <ComposedChart data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 8 }}>
        <CartesianGrid vertical={false} stroke={seriesColor.grid} />
        <XAxis dataKey="month" tickFormatter={f.month} tick={{ fontSize: 14, fill: seriesColor.axis }} />
        <YAxis tickFormatter={f.compact} tick={{ fontSize: 14, fill: seriesColor.axis }} width={80} />
        <Tooltip
          content={({ active, payload, label }) => {
            if (!active || !payload?.length) return null;
            const r = payload[0]!.payload as TAccuracyRow;
            const lines: TTooltipLine[] = [
              { label: t('actual'), value: f.money(r.actual), color: categoryColor.closed, strong: true },
              { label: t('forecast'), value: f.money(r.forecast), color: seriesColor.forecast },
              { label: t('band'), value: `${f.money(r.band[0])} – ${f.money(r.band[1])}`, color: seriesColor.band },
              { label: t('error'), value: r.ape === null ? '—' : f.pct(r.ape) },
            ];
            return <TooltipBox title={f.monthLong(String(label))} lines={lines} footer={t('snapshot', { date: f.instant(r.asOf) })} />;
          }}
        />
        <Legend itemSorter={null} wrapperStyle={{ fontSize: 14 }} />
        <Area dataKey="band" name={t('band')} stroke="none" fill={seriesColor.band} fillOpacity={0.2} isAnimationActive={false} />
        <Bar dataKey="actual" name={t('actual')} fill={categoryColor.closed} barSize={28} radius={[4, 4, 0, 0]} isAnimationActive={false} />
        <Line dataKey="forecast" name={t('forecast')} stroke={seriesColor.forecast} strokeWidth={3} strokeDasharray="8 5" dot={{ r: 4 }} isAnimationActive={false} />
      </ComposedChart>
    </ChartFrame>
  );
}
