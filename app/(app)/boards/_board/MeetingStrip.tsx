'use client';

import { useTranslations } from 'use-intl';
import type { TBoardCard } from '~/domain/board/card';
import { columnTotals } from '~/domain/board/columns';
import { Money } from '~/app/_components/Money';
import { feedMessage } from './feed-key';
import type { TFeedItem } from './use-board-feed';

/** Meeting mode's big totals strip and the feed of the latest moves. */
export function MeetingStrip({ cards, currency, feed, fullScreenHint }: { cards: TBoardCard[]; currency: string; feed: TFeedItem[]; fullScreenHint: boolean }) {
  const t = useTranslations('board');
  const totals = columnTotals(cards, currency);
  return (
    <div className="meeting-strip" data-testid="meeting-strip">
      <div className="meeting-totals">
        <div><span className="meeting-label">{t('meetingDeals')}</span><span className="meeting-value">{totals.count}</span></div>
        <div><span className="meeting-label">{t('net')}</span><span className="meeting-value"><Money minor={totals.netMinor} currency={currency} compact /></span></div>
        <div><span className="meeting-label">{t('weighted')}</span><span className="meeting-value"><Money minor={totals.weightedMinor} currency={currency} compact /></span></div>
        {totals.notSummed > 0 && <div className="meeting-hint" title={t('notSummedHint', { currency })}>{t('notSummed', { count: totals.notSummed })}</div>}
        {fullScreenHint && <div className="meeting-hint" data-testid="fullscreen-hint">{t('fullScreenHint')}</div>}
      </div>
      <ol className="meeting-feed" aria-live="polite" aria-label={t('latestMoves')}>
        {feed.slice(0, 4).map((item) => (
          <li key={item.id}>{t(...feedMessage(item))}</li>
        ))}
        {feed.length === 0 && <li className="muted">{t('noMovesYet')}</li>}
      </ol>
    </div>
  );
}
