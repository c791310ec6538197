'use client';

import Link from 'next/link';
import { useFormatter, useTranslations } from 'use-intl';
import type { TTimelineEntry } from '~/domain/customer/timeline';

const HREF: Partial<Record<TTimelineEntry['source'], string>> = { quote: '/quotes', order: '/orders', invoice: '/invoices' };

type TT = (key: string) => string;
type THas = (key: string) => boolean;

/** Printable value of a changed field: percentages, statuses and categories in the UI language. */
function show(field: string, value: unknown, t: TT & { has: THas }, deal: TT & { has: THas }): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'probability') return `${String(value)} %`;
  const text = String(value);
  if (field === 'status' && t.has(`orderStatus.${text}`)) return t(`orderStatus.${text}`);
  if (field === 'status' && deal.has(`statuses.${text}`)) return deal(`statuses.${text}`);
  if (field === 'forecastCategory' && deal.has(`forecastCategories.${text}`)) return deal(`forecastCategories.${text}`);
  if (field === 'type' && deal.has(`types.${text}`)) return deal(`types.${text}`);
  return text;
}

/** What happened with this customer, newest first: what, who and when. */
export function ActivityTimeline({ entries }: { entries: TTimelineEntry[] }) {
  const t = useTranslations('customers');
  const deal = useTranslations('opportunity');
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
                      {changes.map((c) => `${t(`fields.${c.field}` as 'fields.stage')}: ${show(c.field, c.from, t as never, deal as never)} → ${show(c.field, c.to, t as never, deal as never)}`).join(' · ')}
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
