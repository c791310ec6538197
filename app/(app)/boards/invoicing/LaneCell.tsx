'use client';

import { useDroppable } from '@dnd-kit/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import type { TFigure } from '~/domain/invoicing/board-rows';
import type { TMonth } from '~/domain/invoicing/months';
import type { TInvoicingFilter, TInvoicingLane } from '~/domain/schemas/invoicing';
import { CompactMoney } from './CompactMoney';
import { useTRPC } from '~/app/_lib/trpc/react';
import { InvoicingCard } from './InvoicingCard';
import type { TInvoicingCard } from './types';

/** Cards fetched per "+N more" click (the server caps one request at 200). */
const PAGE = 50;
const MAX_EXTRA = 200;

type TProps = {
  lane: TInvoicingLane;
  month: TMonth;
  currentMonth: string;
  cell: { cards: TInvoicingCard[]; total: number } | undefined;
  figure: TFigure;
  /** Won in this month (deals lane only). */
  won: TFigure | null;
  currency: string;
  filter: TInvoicingFilter;
  /** Deals being moved (optimistic): shown in their target month, hidden from their source. */
  pending: Map<string, TInvoicingCard> | null;
  /** Ids the board query pins into the first cards (listed beyond the cap). */
  pinned: Set<string>;
  draggable: boolean;
  onOpen: (id: string) => void;
};

/**
 * One lane × month cell of the documents view: the lane's headline figure,
 * the first cards, and "+N more" which loads the rest of the month in pages
 * (within a scrolling cell, so big months do not stretch the board).
 * The deals lane's cells are drop targets for moving a deal to that month.
 */
export function LaneCell({ lane, month, currentMonth, cell, figure, won, currency, filter, pending, pinned, draggable, onOpen }: TProps) {
  const t = useTranslations('invoicing');
  const trpc = useTRPC();
  const drop = useDroppable({ id: `${lane}:${month}`, data: { month }, disabled: lane !== 'opportunities' });
  const [extra, setExtra] = useState(0);
  const first = cell?.cards ?? [];
  const total = cell?.total ?? 0;
  // Pinned cards sit outside the cell's natural order: page after the others and drop duplicates.
  const offset = first.filter((c) => !pinned.has(c.id)).length;
  const more = useQuery({
    ...trpc.invoicing.cell.queryOptions({ lane, month, filter, offset, limit: Math.min(extra, MAX_EXTRA) }),
    enabled: extra > 0,
    placeholderData: keepPreviousData,
  });
  const shownIds = new Set(first.map((c) => c.id));
  let cards = extra > 0 && more.data ? [...first, ...more.data.filter((c) => !shownIds.has(c.id))] : first;
  const fromServer = cards.length;
  if (pending) {
    // Until the server's data shows a move, show it here: hidden in its old month, first in the new one.
    cards = cards.filter((c) => !pending.has(c.id) || c.month === pending.get(c.id)!.month);
    for (const moved of pending.values()) if (moved.month === month && !cards.some((c) => c.id === moved.id)) cards = [moved, ...cards];
  }
  const hidden = total - fromServer;
  const when = month === currentMonth ? ' inv-current' : month < currentMonth ? ' inv-past' : '';
  return (
    <div
      ref={drop.setNodeRef}
      className={`inv-lane-cell${when}${drop.isOver ? ' over' : ''}${extra > 0 ? ' expanded' : ''}`}
      data-testid="inv-lane-cell"
      data-lane={lane}
      data-month={month}
      aria-label={`${t(`lanes.${lane}`)} ${month}`}
    >
      <div className="inv-lane-cell-head">
        {figure.count > 0 ? (
          <>
            <span className="inv-amount"><CompactMoney minor={figure.amountMinor} currency={currency} /></span>
            {lane === 'opportunities' && <span className="inv-weighted">≈ <CompactMoney minor={figure.weightedMinor} currency={currency} /></span>}
          </>
        ) : (
          !won?.count && <span className="inv-zero">{t('empty')}</span>
        )}
        {won && won.count > 0 && (
          <span className="inv-won-sum">
            {t('rows.won')} <CompactMoney minor={won.amountMinor} currency={currency} />
          </span>
        )}
      </div>
      <div className="inv-cards">
        {cards.map((card) => (
          <InvoicingCard key={card.id} card={card} draggable={draggable && card.lane === 'opportunities' && card.status === 'open'} onOpen={onOpen} />
        ))}
      </div>
      {hidden > 0 && extra < MAX_EXTRA && (
        <button type="button" className="btn btn-ghost inv-more" onClick={() => setExtra((n) => n + PAGE)} disabled={more.isFetching} data-testid="inv-more">
          {more.isFetching ? t('loadingMore') : t('more', { count: hidden })}
        </button>
      )}
    </div>
  );
}
