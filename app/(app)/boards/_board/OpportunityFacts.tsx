'use client';

import { useFormatter, useNow, useTranslations } from 'use-intl';
import type { TOpportunityDetail } from './OpportunityDrawer';

type TProps = { opportunity: TOpportunityDetail['opportunity'] };

/** The read-only facts of a deal: where it stands, since when, and its status. */
export function OpportunityFacts({ opportunity: o }: TProps) {
  const t = useTranslations('opportunity');
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  const when = (date: Date) => (
    <time dateTime={date.toISOString()} title={format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short' })}>
      {format.relativeTime(date, now)}
    </time>
  );
  return (
    <dl className="drawer-facts" data-testid="opp-facts">
      <dt>{t('pipeline')}</dt>
      <dd>{o.pipelineName}</dd>
      <dt>{t('stage')}</dt>
      <dd>{o.stageName}</dd>
      <dt>{t('status')}</dt>
      <dd>
        <span className={`drawer-status drawer-status-${o.status}`}>{t(`statuses.${o.status}`)}</span>
        {o.lostReason && <span className="muted"> · {o.lostReason}</span>}
      </dd>
      <dt>{t('team')}</dt>
      <dd>{o.teamName ?? t('empty')}</dd>
      <dt>{t('inStageSince')}</dt>
      <dd>{when(o.stageEnteredAt)}</dd>
      <dt>{t('created')}</dt>
      <dd>{when(o.createdAt)}</dd>
      <dt>{t('updated')}</dt>
      <dd>
        {when(o.updatedAt)} <span className="muted">· {t('version', { version: o.version })}</span>
      </dd>
    </dl>
  );
}
