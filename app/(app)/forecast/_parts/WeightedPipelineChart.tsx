'use client';

import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslations } from 'use-intl';
import type { TPipelineMonth } from '../_lib/chart-data';
import { categoryColor, seriesColor, stackedCategories } from '../_lib/colors';
import { ChartFrame } from './ChartFrame';
import { TooltipBox } from './TooltipBox';
import type { TReportFormat } from './use-report-format';

/** Amount per forecast category per month (stacked bars, surest at the bottom) and the weighted pipeline as a line. */
export function WeightedPipelineChart({ rows, f }: { rows: TPipelineMonth[]; f: TReportFormat }) {
  const t = useTranslations('forecastReport');
  return (
    <ChartFrame height={340} testId="chart-weighted">
      <ComposedChart data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 8 }}>
        <CartesianGrid vertical={false} stroke={seriesColor.grid} />
        <XAxis dataKey="month" tickFormatter={f.month} tick={{ fontSize: 14, fill: seriesColor.axis }} />
        <YAxis tickFormatter={f.compact} tick={{ fontSize: 14, fill: seriesColor.axis }} width={80} />
        <Tooltip
          content={({ active, payload, label }) => {
            if (!active || !payload?.length) return null;
            const r = payload[0]!.payload as TPipelineMonth;
            return (
              <TooltipBox
                title={f.monthLong(String(label))}
                lines={[
                  ...[...stackedCategories].reverse().map((c) => ({ label: t(`categories.${c}`), value: f.money(r[c]), color: categoryColor[c] })),
                  { label: t('weighted.unweighted'), value: f.money(r.unweighted) },
                  { label: t('weighted.weighted'), value: f.money(r.weighted), color: seriesColor.weighted, strong: true },
                ]}
              />
            );
          }}
        />
        <Legend itemSorter={null} wrapperStyle={{ fontSize: 14 }} />
        {stackedCategories.map((c) => (
          <Bar key={c} dataKey={c} name={t(`categories.${c}`)} stackId="amount" fill={categoryColor[c]} isAnimationActive={false} />
        ))}
        <Line dataKey="weighted" name={t('weighted.weighted')} stroke={seriesColor.weighted} strokeWidth={3} dot={{ r: 4 }} isAnimationActive={false} />
      </ComposedChart>
    </ChartFrame>
  );
}
