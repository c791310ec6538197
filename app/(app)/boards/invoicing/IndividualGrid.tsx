'use client';

import { DndContext, DragOverlay, type DragEndEvent } from '@dnd-kit/core';
import { useDragSensors } from '../_board/use-drag-sensors';
import { Fragment, useEffect, useMemo, useState } from 'react';
import { useFormatter, useTranslations } from 'use-intl';
import { buildBoardRows, laneHeadlineRow } from '~/domain/invoicing/board-rows';
import type { TMonth } from '~/domain/invoicing/months';
import { invoicingLanes, type TInvoicingFilter } from '~/domain/schemas/invoicing';
import { CardBody } from './InvoicingCard';
import { LaneCell } from './LaneCell';
import { monthCollision, monthKeyboardCoordinates } from './month-drop';
import { MonthHeader } from './MonthHeader';
import type { TInvoicingBoardData, TInvoicingCard } from './types';
import { useMonthMove } from './use-month-move';

type TProps = {
  data: TInvoicingBoardData;
  /** When the board data was last fetched; moves confirmed before it are now in the data. */
  dataVersion: number;
  filter: TInvoicingFilter;
  pins: string[];
  editable: boolean;
  onOpen: (id: string) => void;
  onMoved: (id: string) => void;
  notify: (kind: 'error' | 'info', message: string) => void;
};

/**
 * The documents view: every lane × month cell lists its documents as cards
 * (first few, then "+N more"). Open deals can be dragged to another month
 * (mouse, touch or keyboard, announced to screen readers) to change their
 * expected close date; viewers see why they cannot.
 */
export function IndividualGrid({ data, dataVersion, filter, pins, editable, onOpen, onMoved, notify }: TProps) {
  const t = useTranslations('invoicing');
  const format = useFormatter();
  const { pending, move, dropCommitted } = useMonthMove(notify, t('moveFailed'), onMoved);
  useEffect(() => dropCommitted(), [dataVersion, dropCommitted]);
  const pinned = useMemo(() => new Set(pins), [pins]);
  const [active, setActive] = useState<TInvoicingCard | null>(null);
  const sensors = useDragSensors(monthKeyboardCoordinates);
  const headline = new Map(buildBoardRows(data.aggregates, data.months).map((row) => [row.key, row]));
  const monthName = (month: unknown) =>
    typeof month === 'string' ? format.dateTime(new Date(`${month}-01T00:00:00Z`), { month: 'long', year: 'numeric', timeZone: 'UTC' }) : '';
  const columns = `minmax(150px, 180px) repeat(${data.months.length}, minmax(236px, 1fr))`;

  function onDragEnd(event: DragEndEvent) {
    setActive(null);
    const card = event.active.data.current?.card as TInvoicingCard | undefined;
    const month = event.over?.data.current?.month as TMonth | undefined;
    if (!card || !month || month === (pending.get(card.id)?.month ?? card.month)) return;
    void move(card, month);
  }

  return (
    <>
      {editable ? <p className="muted inv-note">{t('dragHint')}</p> : <p className="inv-view-only" role="note" data-testid="inv-view-only">{t('viewOnly')}</p>}
      <DndContext
        sensors={sensors}
        collisionDetection={monthCollision}
        onDragStart={(e) => setActive((e.active.data.current?.card as TInvoicingCard) ?? null)}
        onDragEnd={onDragEnd}
        onDragCancel={() => setActive(null)}
        accessibility={{
          screenReaderInstructions: { draggable: t('srInstructions') },
          announcements: {
            onDragStart: ({ active: a }) => t('srPicked', { title: String((a.data.current?.card as TInvoicingCard | undefined)?.title ?? '') }),
            onDragOver: ({ over }) => (over ? t('srOver', { month: monthName(over.data.current?.month) }) : t('srNowhere')),
            onDragEnd: ({ over }) => (over ? t('srDropped', { month: monthName(over.data.current?.month) }) : t('srCancelled')),
            onDragCancel: () => t('srCancelled'),
          },
        }}
      >
        <div className="inv-scroll">
          <div className="inv-grid inv-individual" style={{ gridTemplateColumns: columns }} data-testid="invoicing-individual">
            <div className="inv-corner" />
            {data.months.map((month) => <MonthHeader key={month} month={month} currentMonth={data.currentMonth} />)}
            {invoicingLanes.map((lane) => (
              <Fragment key={lane}>
                <div className={`inv-lane-side inv-lane-${lane}`}>
                  <span className="inv-lane-name">{t(`lanes.${lane}`)}</span>
                  <span className="inv-lane-hint">{t(`laneHints.${lane}`)}</span>
                </div>
                {data.months.map((month) => (
                  <LaneCell
                    key={month}
                    lane={lane}
                    month={month as TMonth}
                    currentMonth={data.currentMonth}
                    cell={data.cards![lane][month]}
                    figure={headline.get(laneHeadlineRow[lane])!.byMonth.get(month)!}
                    won={lane === 'opportunities' ? headline.get('won')!.byMonth.get(month)! : null}
                    currency={data.currency}
                    filter={filter}
                    pending={lane === 'opportunities' ? pending : null}
                    pinned={pinned}
                    draggable={editable && lane === 'opportunities'}
                    onOpen={onOpen}
                  />
                ))}
              </Fragment>
            ))}
          </div>
        </div>
        <DragOverlay dropAnimation={null}>
          {active && (
            <div className="inv-card inv-card-overlay">
              <CardBody card={active} />
            </div>
          )}
        </DragOverlay>
      </DndContext>
    </>
  );
}
