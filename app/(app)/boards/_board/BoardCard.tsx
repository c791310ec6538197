'use client';

import { useDraggable, useDroppable } from '@dnd-kit/core';
import { useFormatter, useTranslations } from 'use-intl';
import type { TBoardCard } from '~/domain/board/card';
import { stageAge } from '~/domain/board/columns';
import { Avatar } from '~/app/_components/Avatar';
import { Money } from '~/app/_components/Money';

type TViewProps = { card: TBoardCard; rottingDays: number | null | undefined; draggedBy?: string; now: Date };

/** What a deal looks like on a board; also used as the drag overlay. */
export function CardView({ card, rottingDays, draggedBy, now }: TViewProps) {
  const t = useTranslations('board');
  const format = useFormatter();
  const age = stageAge(card, rottingDays, now);
  const overdue = card.expectedCloseDate < now.toISOString().slice(0, 10);
  return (
    <>
      {draggedBy && <div className="deal-remote">{t('beingMoved', { name: draggedBy })}</div>}
      <div className="deal-title">{card.title}</div>
      <div className="deal-customer">{card.customerName ?? '—'}</div>
      <div className="deal-row">
        <span className="deal-amount"><Money minor={card.amountMinor} currency={card.currency} wholeUnits /></span>
        <span className="deal-prob">{card.probability} %</span>
      </div>
      <div className="deal-row deal-meta">
        <span className="with-avatar"><Avatar name={card.ownerName} size={22} /></span>
        <span className={overdue ? 'overdue' : undefined} title={t('expectedClose')}>
          {format.dateTime(new Date(`${card.expectedCloseDate}T00:00:00Z`), { day: 'numeric', month: 'short', timeZone: 'UTC' })}
        </span>
        <span className={age.rotting ? 'deal-age rotting-badge' : 'deal-age'} title={age.rotting ? t('rottingHint', { days: rottingDays ?? 0 }) : undefined}>
          {t('daysInStage', { days: age.days })}
        </span>
      </div>
    </>
  );
}

/** A deal on a board: draggable, a drop target for "insert before me", and opens its detail on click. */
export function BoardCard({ onOpen, ...props }: TViewProps & { onOpen: (id: string) => void }) {
  const { card, rottingDays, draggedBy, now } = props;
  const drag = useDraggable({ id: card.id, data: { card } });
  const drop = useDroppable({ id: `card:${card.id}`, data: { card } });
  const rotting = stageAge(card, rottingDays, now).rotting;
  const className = ['deal', drag.isDragging && 'dragging', draggedBy && 'remote-drag', rotting && 'rotting', drop.isOver && 'drop-before']
    .filter(Boolean)
    .join(' ');
  return (
    <article
      ref={(node) => {
        drag.setNodeRef(node);
        drop.setNodeRef(node);
      }}
      className={className}
      data-testid="deal-card"
      data-card-id={card.id}
      data-title={card.title}
      {...drag.attributes}
      {...drag.listeners}
      onClick={() => onOpen(card.id)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && !drag.isDragging) onOpen(card.id);
        else drag.listeners?.onKeyDown?.(event);
      }}
    >
      <CardView {...props} />
    </article>
  );
}
