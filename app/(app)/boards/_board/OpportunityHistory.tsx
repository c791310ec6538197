'use client';

import { useFormatter, useLocale, useNow, useTranslations } from 'use-intl';
import { formatMoney } from '~/domain/format/money';
import { Avatar } from '~/app/_components/Avatar';
import type { TOpportunityDetail } from './OpportunityDrawer';

type TProps = { history: TOpportunityDetail['history']; currency: string };

const WEEK_MS = 7 * 24 * 3600 * 1000;
const knownFields = new Set(['title', 'stage', 'status', 'probability', 'amountMinor', 'expectedCloseDate', 'type', 'forecastCategory', 'owner', 'team', 'lostReason']);

/**
 * The deal's history, newest first: who, when (relative within a week, a
 * short date before), and each changed field as "Stage: Propuesta → Negociación".
 * Amounts arrive in minor units of `currency`; names are resolved by the server.
 */
export function OpportunityHistory({ history, currency }: TProps) {
  const t = useTranslations('opportunity');
  const format = useFormatter();
  const locale = useLocale();
  const now = useNow({ updateInterval: 60_000 });

  function value(field: string, v: unknown): string {
    if (v === null || v === undefined || v === '') return t('empty');
    if (field === 'amountMinor' && typeof v === 'number') return formatMoney(v, currency, locale);
    if (field === 'probability') return `${String(v)} %`;
    if (field === 'expectedCloseDate' && typeof v === 'string') return format.dateTime(new Date(`${v}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' });
    if (field === 'type' || field === 'forecastCategory' || field === 'status') {
      const key = `${field === 'type' ? 'types' : field === 'status' ? 'statuses' : 'forecastCategories'}.${String(v)}`;
      return t.has(key) ? t(key) : String(v);
    }
    return String(v);
  }

  function when(date: Date) {
    const recent = Math.abs(now.getTime() - date.getTime()) < WEEK_MS;
    return recent ? format.relativeTime(date, now) : format.dateTime(date, { dateStyle: 'medium' });
  }

  return (
    <section className="drawer-section" aria-labelledby="opp-history-title">
      <h3 id="opp-history-title">{t('history')}</h3>
      {history.length === 0 && <p className="muted">{t('noHistory')}</p>}
      <ol className="drawer-history" data-testid="opp-history">
        {history.map((event) => (
          <li key={event.id} className="drawer-event" data-kind={event.kind}>
            <div className="drawer-event-head">
              <span className="with-avatar">
                <Avatar name={event.actorName ?? '?'} size={24} />
                <span><strong>{event.actorName ?? t('someone')}</strong> {t(`kinds.${event.kind}`)}</span>
              </span>
              <time dateTime={event.createdAt.toISOString()} title={format.dateTime(event.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}>
                {when(event.createdAt)}
              </time>
            </div>
            {event.changes.length > 0 && (
              <ul className="drawer-changes">
                {event.changes.map((c) => (
                  <li key={c.field}>
                    <span className="drawer-field">{knownFields.has(c.field) ? t(`fields.${c.field}`) : c.field}:</span>{' '}
                    {event.kind !== 'created' && <>{value(c.field, c.from)} → </>}
                    {value(c.field, c.to)}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
