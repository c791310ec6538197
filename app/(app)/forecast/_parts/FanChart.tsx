'use client';

import { Area, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslations } from 'use-intl';
import type { TFanRow } from '../_lib/chart-data';
import { seriesColor } from '../_lib/colors';
import { ChartFrame } from './ChartFrame';
import { TooltipBox } from './TooltipBox';
import type { TReportFormat } from './use-report-format';

/** Simulated revenue per month: the P10–P90 range as a band, P50 as the line, P10 and P90 as thin edges. */
export function FanChart({ rows, f }: { rows: TFanRow[]; f: TReportFormat }) {
  const t = useTranslations('forecastReport.fan');
  return (
    <ChartFrame height={320} testId="chart-fan">
      <ComposedChart data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 8 }}>
        <CartesianGrid vertical={false} stroke={seriesColor.grid} />
        <XAxis dataKey="bucket" tickFormatter={f.month} tick={{ fontSize: 14, fill: seriesColor.axis }} />
        <YAxis tickFormatter={f.compact} tick={{ fontSize: 14, fill: seriesColor.axis }} width={80} />
        <Tooltip
          content={({ active, payload, label }) => {
            if (!active || !payload?.length) return null;
            const r = payload[0]!.payload as TFanRow;
            return (
              <TooltipBox
                title={f.monthLong(String(label))}
                lines={[
                  { label: t('p90'), value: f.money(r.p90), color: seriesColor.band },
                  { label: t('p50'), value: f.money(r.p50), color: seriesColor.p50, strong: true },
                  { label: t('p10'), value: f.money(r.p10), color: seriesColor.band },
                ]}
              />
            );
          }}
        />
        <Legend itemSorter={null} wrapperStyle={{ fontSize: 14 }} />
        <Area dataKey="band" name={t('band')} stroke="none" fill={seriesColor.band} fillOpacity={0.25} isAnimationActive={false} />
        <Line dataKey="p90" name="P90" stroke={seriesColor.band} strokeWidth={1.5} dot={false} legendType="none" isAnimationActive={false} />
        <Line dataKey="p10" name="P10" stroke={seriesColor.band} strokeWidth={1.5} dot={false} legendType="none" isAnimationActive={false} />
        <Line dataKey="p50" name={t('p50')} stroke={seriesColor.p50} strokeWidth={3} dot={{ r: 4 }} isAnimationActive={false} />
      </ComposedChart>
    </ChartFrame>
  );
}

/** Quarter totals (and the whole horizon) of the simulation, as a table with the same three percentiles. */
export function FanQuarterTable({ rows, total, f }: { rows: TFanRow[]; total: TFanRow | null; f: TReportFormat }) {
  const t = useTranslations('forecastReport.fan');
  return (
    <table className="table fc-table" data-testid="fan-quarters">
      <thead>
        <tr>
          <th>{t('quarter')}</th>
          <th className="num">{t('p10')}</th>
          <th className="num">{t('p50')}</th>
          <th className="num">{t('p90')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.bucket}>
            <td className="cell-title">
              {f.quarter(r.bucket)}
              {r.partial && <span className="fc-partial"> {t('partial', { months: r.partial.map(f.month).join(', ') })}</span>}
            </td>
            <td className="num">{f.money(r.p10)}</td>
            <td className="num strong">{f.money(r.p50)}</td>
            <td className="num">{f.money(r.p90)}</td>
          </tr>
        ))}
      </tbody>
      {total && (
        <tfoot>
          <tr>
            <td>{t('total')}</td>
            <td className="num">{f.money(total.p10)}</td>
            <td className="num strong">{f.money(total.p50)}</td>
            <td className="num">{f.money(total.p90)}</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
