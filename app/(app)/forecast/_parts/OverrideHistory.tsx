'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'use-intl';
import { useTRPC } from '~/app/_lib/trpc/react';
import type { TReportFormat } from './use-report-format';

/** Every override ever made for one rep, month and category, newest first: amount, the rep's number then, who, when and why. */
export function OverrideHistory({ ownerId, month, category, f }: { ownerId: string; month: string; category: string; f: TReportFormat }) {
  const t = useTranslations('forecastReport.overrides');
  const trpc = useTRPC();
  const list = useQuery(trpc.forecast.listOverrides.queryOptions({ ownerId, fromMonth: month, limit: 200 }));
  const rows = (list.data ?? []).filter((r) => r.month === month && r.category === category);
  if (rows.length === 0) return null;
  return (
    <div className="fc-override-history" data-testid="override-history">
      <div className="fc-subtitle">{t('history')}</div>
      <ul>
        {rows.map((r) => (
          <li key={r.id}>
            <strong>{f.money(r.amountMinor)}</strong> <span className="muted">({t('original', { amount: f.money(r.originalMinor) })})</span>
            <div className="muted">{t('overriddenBy', { name: r.byUserName ?? t('someone'), when: f.instant(new Date(r.createdAt).toISOString()), note: r.note })}</div>
          </li>
        ))}
      </ul>
    </div>
  );
}
