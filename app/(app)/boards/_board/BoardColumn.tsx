'use client';

import { useDroppable } from '@dnd-kit/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslations } from 'use-intl';
import type { TBoardCard } from '~/domain/board/card';
import { columnTotals, type TColumnDef } from '~/domain/board/columns';
import { Money } from '~/app/_components/Money';
import { BoardCard } from './BoardCard';

type TProps = {
  column: TColumnDef;
  cards: TBoardCard[];
  currency: string;
  /** Cards someone else is dragging, with who. */
  dragging: ReadonlyMap<string, { name: string }>;
  now: Date;
  rottingOf: (card: TBoardCard) => number | null | undefined;
  onOpen: (id: string) => void;
};

/** Estimated card height (px) before measurement; real heights are measured as cards render. */
const ESTIMATED_CARD_PX = 124;

/**
 * One column: header with count, net and weighted totals, then its cards in
 * rank order. Cards are virtualized, so a column of thousands keeps only the
 * visible ones (plus a few) in the DOM.
 */
export function BoardColumn({ column, cards, currency, dragging, now, rottingOf, onOpen }: TProps) {
  const t = useTranslations('board');
  const drop = useDroppable({ id: column.id, data: { column } });
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const virtualizer = useVirtualizer({
    count: cards.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_CARD_PX,
    overscan: 6,
    getItemKey: (index) => cards[index]!.id,
  });
  const totals = columnTotals(cards, currency);
  return (
    <section className={drop.isOver ? 'column over' : 'column'} data-testid="board-column" data-column-id={column.id} aria-label={column.label}>
      <header className="column-head">
        <div className="column-title">
          <span>{column.label}</span>
          <span className="column-count" data-testid="column-count">{totals.count}</span>
        </div>
        <div className="column-totals">
          <span title={t('net')} data-testid="column-net"><Money minor={totals.netMinor} currency={currency} compact /></span>
          <span className="column-weighted" title={t('weighted')} data-testid="column-weighted">
            ≈ <Money minor={totals.weightedMinor} currency={currency} compact />
          </span>
        </div>
        {totals.notSummed > 0 && (
          <div className="column-not-summed" data-testid="column-not-summed" title={t('notSummedHint', { currency })}>
            {t('notSummed', { count: totals.notSummed })}
          </div>
        )}
      </header>
      <div
        ref={(node) => {
          drop.setNodeRef(node);
          scrollRef.current = node;
        }}
        className="column-body"
      >
        {cards.length === 0 ? (
          <div className="column-empty">{t('empty')}</div>
        ) : (
          <div className="column-track" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const card = cards[item.index]!;
              return (
                <div key={item.key} data-index={item.index} ref={virtualizer.measureElement} className="column-slot" style={{ transform: `translateY(${item.start}px)` }}>
                  <BoardCard card={card} rottingDays={rottingOf(card)} draggedBy={dragging.get(card.id)?.name} now={now} onOpen={onOpen} />
                </div>
              );
            })}
          </div>
        )}
      </div>
    </section>
  );
}

/** Won / Lost drop zones: dropping closes the deal. */
export function CloseZone({ kind }: { kind: 'won' | 'lost' }) {
  const t = useTranslations('board');
  // The label goes with it, so screen readers hear "Won" / "Ganada" rather than the zone's id.
  const drop = useDroppable({ id: kind, data: { column: { label: t(kind) } } });
  return (
    <div ref={drop.setNodeRef} className={`close-zone close-${kind}${drop.isOver ? ' over' : ''}`} data-testid={`zone-${kind}`}>
      {t(kind)}
    </div>
  );
}
