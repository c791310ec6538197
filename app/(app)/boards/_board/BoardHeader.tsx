'use client';

import Link from 'next/link';
import { useTranslations } from 'use-intl';
import type { TBoardFilter } from '~/domain/board/filter';
import type { TBoardKey } from '~/domain/schemas/board';
import { Avatar } from '~/app/_components/Avatar';
import { FilterBar } from './FilterBar';
import { feedMessage } from './feed-key';
import type { TFeedItem, TSyncState } from './use-board-feed';
import type { TPresenceUser } from './use-presence';

type TProps = {
  title: string;
  boardKey: TBoardKey;
  pipelines: { id: string; name: string }[];
  viewers: TPresenceUser[];
  sync: TSyncState;
  filter: TBoardFilter;
  cardsShown: number;
  cardsTotal: number;
  feed: TFeedItem[];
  meeting: { on: boolean; toggle: () => void };
};

/** Title, pipeline switch, who is watching, sync state, filters and the latest moves. */
export function BoardHeader({ title, boardKey, pipelines, viewers, sync, filter, cardsShown, cardsTotal, feed, meeting }: TProps) {
  const t = useTranslations('board');
  const pipelineId = boardKey === 'probability' ? null : boardKey.slice('stage:'.length);
  return (
    <div className="board-header">
      <div className="board-title-row">
        <h1 className="page-title">{title}</h1>
        {pipelineId && (
          <nav className="pipeline-tabs" aria-label={t('pipeline')}>
            {pipelines.map((p) => (
              <Link key={p.id} href={`/boards/stage?pipeline=${p.id}`} className={p.id === pipelineId ? 'tab active' : 'tab'} aria-current={p.id === pipelineId ? 'page' : undefined}>
                {p.name}
              </Link>
            ))}
          </nav>
        )}
        <button type="button" className="btn meeting-toggle" onClick={meeting.toggle} aria-pressed={meeting.on} data-testid="meeting-toggle">
          {meeting.on ? t('meetingExit') : t('meetingEnter')}
        </button>
        <div className="presence" data-testid="presence" aria-label={t('watching')}>
          <span className="muted">{t('watching')}</span>
          {viewers.map((v) => (
            <span key={v.userId} data-testid="presence-avatar" data-name={v.name}>
              <Avatar name={v.name} size={32} />
            </span>
          ))}
        </div>
      </div>
      {sync !== 'live' && (
        <div className={`sync-banner sync-${sync}`} role="status" data-testid="sync-banner">
          {sync === 'reconnecting' ? t('reconnecting') : t('backInSync')}
        </div>
      )}
      {!meeting.on && <FilterBar filter={filter} cardsShown={cardsShown} cardsTotal={cardsTotal} />}
      {!meeting.on && feed.length > 0 && (
        <ol className="move-feed" aria-label={t('latestMoves')} data-testid="move-feed">
          {feed.slice(0, 3).map((item) => (
            <li key={item.id}>{t(...feedMessage(item))}</li>
          ))}
        </ol>
      )}
    </div>
  );
}
