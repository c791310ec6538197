'use client';

import { useTranslations } from 'use-intl';
import type { TAccuracyRow } from '../_lib/chart-data';
import type { TReportFormat } from './use-report-format';

/**
 * Every past month the forecast can be judged on: when the forecast was
 * made, what it said (mean and P10–P90), what closed, the error and the
 * error ÷ actual (the month's bias: positive means we said too much).
 */
export function AccuracyTable({ rows, f }: { rows: TAccuracyRow[]; f: TReportFormat }) {
  const t = useTranslations('forecastReport.accuracy');
  if (rows.length === 0) return null;
  return (
    <div className="fc-table-scroll">
      <table className="table fc-table fc-table-compact" data-testid="accuracy-table">
        <thead>
          <tr>
            <th>{t('month')}</th>
            <th>{t('madeOn')}</th>
            <th className="num">{t('forecast')}</th>
            <th className="num">{t('band')}</th>
            <th className="num">{t('actual')}</th>
            <th className="num">{t('error')}</th>
            <th className="num">{t('errorPct')}</th>
            <th className="num">{t('within')}</th>
          </tr>
        </thead>
        <tbody>
          {[...rows].reverse().map((r) => (
            <tr key={r.month}>
              <td className="cell-title nowrap">{f.monthLong(r.month)}</td>
              <td className="nowrap">{f.instant(r.asOf)}</td>
              <td className="num">{f.money(r.forecast)}</td>
              <td className="num nowrap">
                {f.compact(r.band[0])} – {f.compact(r.band[1])}
              </td>
              <td className="num strong">{f.money(r.actual)}</td>
              <td className="num">{`${r.error > 0 ? '+' : ''}${f.money(r.error)}`}</td>
              <td className="num">{r.bias === null ? '—' : `${r.bias > 0 ? '+' : ''}${f.pct1(r.bias)}`}</td>
              <td className="num">{r.actual >= r.band[0] && r.actual <= r.band[1] ? t('yes') : t('no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
