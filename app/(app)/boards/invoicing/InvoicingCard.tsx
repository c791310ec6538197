'use client';

import { useDraggable } from '@dnd-kit/core';
import Link from 'next/link';
import { useFormatter, useTranslations } from 'use-intl';
import { Money } from '~/app/_components/Money';
import type { TInvoicingCard } from './types';

const hrefOf: Record<'orders' | 'invoices', string> = { orders: '/orders', invoices: '/invoices' };

/** The inside of a card: title, customer, amount, status chip and the date that matters for the lane. */
export function CardBody({ card }: { card: TInvoicingCard }) {
  const t = useTranslations('invoicing');
  const format = useFormatter();
  const date = (d: string) => format.dateTime(new Date(`${d}T00:00:00Z`), { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const when =
    card.lane === 'invoices' && card.dueDate
      ? t('dueOn', { date: date(card.dueDate) })
      : card.lane === 'opportunities'
        ? t(card.status === 'won' ? 'wonOn' : 'closesOn', { date: date(card.date) })
        : date(card.date);
  return (
    <>
      <div className="inv-card-title" title={card.title}>{card.title}</div>
      <div className="inv-card-customer" title={card.customerName ?? undefined}>{card.customerName ?? '—'}</div>
      <div className="inv-card-row">
        <span className="inv-card-amount"><Money minor={card.amountMinor} currency={card.currency} wholeUnits /></span>
        <span className={`inv-chip inv-chip-${card.status}`}>{t(`status.${card.status}` as 'status.open')}</span>
      </div>
      <div className="inv-card-meta">
        <span className={card.status === 'overdue' ? 'overdue' : undefined}>{when}</span>
        {card.probability !== null && card.status === 'open' && <span className="deal-prob">{card.probability} %</span>}
        {card.ownerName && <span className="inv-card-owner" title={card.ownerName}>{card.ownerName}</span>}
      </div>
    </>
  );
}

/**
 * A document card. Orders and invoices link to their edit page; a deal opens
 * its detail drawer (`?card=`) and, when it is open and the viewer may edit,
 * can be dragged to another month.
 */
export function InvoicingCard({ card, draggable, onOpen }: { card: TInvoicingCard; draggable: boolean; onOpen: (id: string) => void }) {
  if (card.lane !== 'opportunities') {
    return (
      <Link href={`${hrefOf[card.lane]}/${card.id}`} className={`inv-card inv-card-${card.status}`} data-testid="inv-card" data-card-id={card.id}>
        <CardBody card={card} />
      </Link>
    );
  }
  return <DealCard card={card} draggable={draggable} onOpen={onOpen} />;
}

function DealCard({ card, draggable, onOpen }: { card: TInvoicingCard; draggable: boolean; onOpen: (id: string) => void }) {
  const drag = useDraggable({ id: card.id, data: { card }, disabled: !draggable });
  return (
    <article
      ref={drag.setNodeRef}
      className={`inv-card inv-card-${card.status}${draggable ? ' inv-draggable' : ''}${drag.isDragging ? ' dragging' : ''}`}
      data-testid="inv-card"
      data-card-id={card.id}
      data-title={card.title}
      {...(draggable ? drag.attributes : {})}
      {...(draggable ? drag.listeners : {})}
      tabIndex={0}
      role="button"
      onClick={() => onOpen(card.id)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && !drag.isDragging) onOpen(card.id);
        else if (draggable) drag.listeners?.onKeyDown?.(event);
      }}
    >
      <CardBody card={card} />
    </article>
  );
}
