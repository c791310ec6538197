'use client';

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useLocale } from 'use-intl';
import { formatMoney } from '~/domain/format/money';

type TMonth = { month: string; wonMinor: number; won: number; lost: number };

/** Won amount per close month over the last 12 months. */
export function MonthlyWonChart({ data, currency }: { data: TMonth[]; currency: string }) {
  const locale = useLocale();
  const monthLabel = (ym: string) =>
    new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(new Date(`${ym}-01T00:00:00Z`));
  return (
    <div className="chart" data-testid="monthly-won-chart">
      <ResponsiveContainer width="100%" height={280}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid vertical={false} stroke="#e2e8f0" />
          <XAxis dataKey="month" tickFormatter={monthLabel} tick={{ fontSize: 13, fill: '#475569' }} />
          <YAxis
            tickFormatter={(v: number) => formatMoney(v, currency, locale, { compact: true })}
            tick={{ fontSize: 13, fill: '#475569' }}
            width={72}
          />
          <Tooltip
            formatter={(v) => formatMoney(Number(v), currency, locale, { wholeUnits: true })}
            labelFormatter={(l) => monthLabel(String(l))}
          />
          <Bar dataKey="wonMinor" name="€" fill="#4f46e5" radius={[4, 4, 0, 0]} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
