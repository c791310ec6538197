'use client';

import Link from 'next/link';
import { useFormatter, useTranslations } from 'use-intl';
import type { TTimelineEntry } from '~/domain/customer/timeline';

const HREF: Partial<Record<TTimelineEntry['source'], string>> = { quote: '/quotes', order: '/orders', invoice: '/invoices' };

/** Printable value of a changed field: percentages, statuses and names stay readable. */
function show(field: string, value: unknown, t: ReturnType<typeof useTranslations<'customers'>>): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'probability') return `${String(value)} %`;
  if (field === 'status' && typeof value === 'string' && t.has(`orderStatus.${value}`)) return t(`orderStatus.${value}` as 'orderStatus.entered');
  return String(value);
}

/** What happened with this customer, newest first: what, who and when. */
export function ActivityTimeline({ entries }: { entries: TTimelineEntry[] }) {
  const t = useTranslations('customers');
  const format = useFormatter();
  const now = new Date();
  return (
    <div className="card" data-testid="c360-activity">
      <h2 className="card-title">{t('activity')}</h2>
      {entries.length === 0 ? (
        <p className="muted">{t('noActivity')}</p>
      ) : (
        <ol className="timeline">
          {entries.map((e) => {
            const key = `timeline.${e.source}.${e.action}`;
            const text = t.has(key) ? t(key as 'timeline.order.entered', { ref: e.refLabel }) : `${e.source} ${e.refLabel}: ${e.action}`;
            const base = HREF[e.source];
            const changes = (e.changes ?? []).filter((c) => c.field !== 'amountMinor' && t.has(`fields.${c.field}`));
            return (
              <li key={e.id} className={`timeline-item timeline-${e.source}`}>
                <span className="timeline-dot" aria-hidden />
                <div>
                  <div className="timeline-text">{base ? <Link href={`${base}/${e.refId}`}>{text}</Link> : text}</div>
                  {changes.length > 0 && (
                    <div className="timeline-changes">
                      {changes.map((c) => `${t(`fields.${c.field}` as 'fields.stage')}: ${show(c.field, c.from, t)} → ${show(c.field, c.to, t)}`).join(' · ')}
                    </div>
                  )}
                  <div className="timeline-meta">
                    <time dateTime={e.at} title={format.dateTime(new Date(e.at), { dateStyle: 'full', timeStyle: 'short' })}>
                      {format.relativeTime(new Date(e.at), now)}
                    </time>
                    {e.actorName && <> · {t('by', { name: e.actorName })}</>}
                  </div>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
