'use client';

import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslations } from 'use-intl';
import type { TPipelineMonth } from '../_lib/chart-data';
import { amountCategories, categoryColor, seriesColor, stackedCategories } from '../_lib/colors';
import { ChartFrame } from './ChartFrame';
import { TooltipBox } from './TooltipBox';
import type { TReportFormat } from './use-report-format';

/** What the stacked bars measure: each category's weighted amount (closed in full), or its amount. */
export type TPipelineMeasure = 'weighted' | 'amount';

/**
 * Per month, the forecast categories as stacked bars (surest at the bottom),
 * weighted or as amounts, and the weighted pipeline of open deals as a line.
 */
export function WeightedPipelineChart({ rows, f, measure }: { rows: TPipelineMonth[]; f: TReportFormat; measure: TPipelineMeasure }) {
  const t = useTranslations('forecastReport');
  const categories = measure === 'weighted' ? stackedCategories : amountCategories;
  const valueOf = (r: TPipelineMonth, c: (typeof amountCategories)[number]) => (measure === 'weighted' && r.weightedBy && c !== 'omitted' ? r.weightedBy[c] : r[c]);
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
                  ...[...categories].reverse().map((c) => ({ label: t(`categories.${c}`), value: f.money(valueOf(r, c)), color: categoryColor[c] })),
                  { label: t('weighted.unweighted'), value: f.money(r.unweighted) },
                  { label: t('weighted.weighted'), value: f.money(r.weighted), color: seriesColor.weighted, strong: true },
                ]}
              />
            );
          }}
        />
        <Legend itemSorter={null} wrapperStyle={{ fontSize: 14 }} />
        {categories.map((c) => (
          <Bar key={c} dataKey={(r: TPipelineMonth) => valueOf(r, c)} name={t(`categories.${c}`)} stackId="amount" fill={categoryColor[c]} isAnimationActive={false} />
        ))}
        <Line dataKey="weighted" name={t('weighted.weighted')} stroke={seriesColor.weighted} strokeWidth={3} dot={{ r: 4 }} isAnimationActive={false} />
      </ComposedChart>
    </ChartFrame>
  );
}
