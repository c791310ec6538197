'use client';

import { DndContext, DragOverlay, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core';
import { useSearchParams } from 'next/navigation';
import { useMemo, useState } from 'react';
import { useTranslations } from 'use-intl';
import type { TBoardCard } from '~/domain/board/card';
import { groupCards, type TColumnDef } from '~/domain/board/columns';
import { matchesFilter, parseBoardFilter } from '~/domain/board/filter';
import { rankBetween } from '~/domain/board/ranks';
import type { TBoardKey, TMoveTarget } from '~/domain/schemas/board';
import { QueryState } from '~/app/_components/QueryState';
import { CardView } from './BoardCard';
import { BoardColumn, CloseZone } from './BoardColumn';
import { BoardHeader } from './BoardHeader';
import { LostReasonDialog } from './LostReasonDialog';
import { MeetingStrip } from './MeetingStrip';
import { OpportunityDrawer } from './OpportunityDrawer';
import { boardKeyboardCoordinates } from './keyboard-coordinates';
import { useBoardFeed } from './use-board-feed';
import { useDragSensors } from './use-drag-sensors';
import { useMeetingMode } from './use-meeting-mode';
import { useMove } from './use-move';
import { usePresence } from './use-presence';

type TToast = { kind: 'error' | 'info'; message: string } | null;

/**
 * A live Kanban board: by probability band or by the stages of one pipeline.
 * Drag with mouse, touch or keyboard; moves are optimistic, committed by the
 * server, and broadcast to everyone watching.
 */
export function Board({ boardKey, title }: { boardKey: TBoardKey; title: string }) {
  const t = useTranslations('board');
  const params = useSearchParams();
  const filter = useMemo(() => parseBoardFilter(new URLSearchParams(params.toString())), [params]);
  const { snapshot, cards, setCards, apply, sync, feed } = useBoardFeed(boardKey);
  const { viewers, dragging, announceDrag } = usePresence(boardKey);
  const [toast, setToast] = useState<TToast>(null);
  const [pendingLost, setPendingLost] = useState<{ card: TBoardCard; rank: string } | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  // ?card=<id> (links from notifications and other pages) opens that card's detail.
  const [openId, setOpenId] = useState<string | null>(() => params.get('card'));
  const notify = (kind: 'error' | 'info', message: string) => {
    setToast({ kind, message });
    setTimeout(() => setToast((current) => (current?.message === message ? null : current)), 6000);
  };
  const move = useMove(setCards, apply, notify);
  const sensors = useDragSensors(boardKeyboardCoordinates);
  const now = useMemo(() => new Date(), []);
  const meeting = useMeetingMode();

  if (!snapshot.data) return <QueryState error={snapshot.error} onRetry={() => snapshot.refetch()} />;
  const data = snapshot.data;
  const kind = boardKey === 'probability' ? 'probability' : 'stage';
  const pipelineId = kind === 'stage' ? boardKey.slice('stage:'.length) : null;
  const stageById = new Map(data.stages.map((s) => [s.id, s]));
  const columns: TColumnDef[] =
    kind === 'probability'
      ? data.bands.map((b) => ({ id: `p${b}`, label: `${b} %`, probability: b }))
      : data.stages.filter((s) => s.pipelineId === pipelineId).map((s) => ({ id: s.id, label: s.name, probability: s.defaultProbability, rottingDays: s.rottingDays }));
  const visible = [...cards.values()].filter((c) => matchesFilter(c, filter));
  const groups = groupCards(visible, kind, data.bands);
  const everything = groupCards(cards.values(), kind, data.bands);
  const activeCard = activeId ? cards.get(activeId) : undefined;

  function onDragStart(event: DragStartEvent) {
    setActiveId(String(event.active.id));
    announceDrag(String(event.active.id), true);
  }

  function onDragEnd(event: DragEndEvent) {
    const card = cards.get(String(event.active.id));
    setActiveId(null);
    announceDrag(String(event.active.id), false);
    if (!card || !event.over) return;
    const overId = String(event.over.id);
    if (overId === 'won' || overId === 'lost') {
      const rank = card.rank;
      if (overId === 'lost') return setPendingLost({ card, rank });
      return void move(card, { kind: 'won' }, rank, { status: 'won', probability: 100 });
    }
    const overCard = overId.startsWith('card:') ? cards.get(overId.slice(5)) : undefined;
    const columnId = overCard ? (kind === 'probability' ? columnIdOf(overCard) : overCard.stageId) : overId;
    const column = columns.find((c) => c.id === columnId);
    if (!column || overCard?.id === card.id) return;
    const full = everything.get(column.id) ?? [];
    const list = full.filter((c) => c.id !== card.id);
    let index = overCard ? list.findIndex((c) => c.id === overCard.id) : list.length;
    // Moving down within its own column, a card lands after the one it is over (as in any sortable list).
    const from = full.findIndex((c) => c.id === card.id);
    if (overCard && from !== -1 && from <= index) index += 1;
    const rank = safeRank(list[index - 1]?.rank ?? null, list[index]?.rank ?? null);
    // A drop in the card's own column only changes its place: its probability (or stage) stays as it is.
    if (column.id === (kind === 'probability' ? columnIdOf(card) : card.stageId)) return void move(card, { kind: 'reorder' }, rank, {});
    const target: TMoveTarget = kind === 'probability' ? { kind: 'band', probability: column.probability! } : { kind: 'stage', stageId: column.id };
    const patch: Partial<TBoardCard> =
      kind === 'probability' ? { probability: column.probability! } : { stageId: column.id, ...(data.stageSetsProbability ? { probability: column.probability! } : {}) };
    void move(card, target, rank, patch);
  }

  function columnIdOf(card: TBoardCard) {
    return [...everything.entries()].find(([, list]) => list.some((c) => c.id === card.id))?.[0];
  }

  return (
    <section className="page board-page">
      <BoardHeader title={title} boardKey={boardKey} pipelines={data.pipelines} viewers={viewers} sync={sync} filter={filter} cardsShown={visible.length} cardsTotal={cards.size} feed={feed} meeting={meeting} />
      {meeting.on && <MeetingStrip cards={visible} currency={data.currency} feed={feed} fullScreenHint={meeting.awaitingGesture} />}
      <DndContext
        sensors={sensors}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={(e) => {
          setActiveId(null);
          announceDrag(String(e.active.id), false);
        }}
        accessibility={{
          screenReaderInstructions: { draggable: t('srInstructions') },
          announcements: {
            onDragStart: ({ active }) => t('srPicked', { title: cards.get(String(active.id))?.title ?? '' }),
            onDragOver: ({ over }) => (over ? t('srOver', { target: String(over.data.current?.column?.label ?? over.data.current?.card?.title ?? over.id) }) : t('srNowhere')),
            onDragEnd: ({ over }) => (over ? t('srDropped', { target: String(over.data.current?.column?.label ?? over.data.current?.card?.title ?? over.id) }) : t('srCancelled')),
            onDragCancel: () => t('srCancelled'),
          },
        }}
      >
        <div className="board-wrap">
        <div className="board" data-testid="board">
          {columns.map((column) => (
            <BoardColumn
              key={column.id}
              column={column}
              cards={groups.get(column.id) ?? []}
              currency={data.currency}
              dragging={dragging}
              now={now}
              rottingOf={(c) => stageById.get(c.stageId)?.rottingDays}
              onOpen={setOpenId}
            />
          ))}
        </div>
          <div className="close-zones">
            <CloseZone kind="won" />
            <CloseZone kind="lost" />
          </div>
        </div>
        <DragOverlay dropAnimation={null}>
          {activeCard && (
            <article className="deal deal-overlay">
              <CardView card={activeCard} rottingDays={stageById.get(activeCard.stageId)?.rottingDays} now={now} />
            </article>
          )}
        </DragOverlay>
      </DndContext>
      {pendingLost && (
        <LostReasonDialog
          title={pendingLost.card.title}
          onCancel={() => setPendingLost(null)}
          onConfirm={(reason) => {
            const { card, rank } = pendingLost;
            setPendingLost(null);
            void move(card, { kind: 'lost', reason }, rank, { status: 'lost', probability: 0 });
          }}
        />
      )}
      {openId && <OpportunityDrawer key={openId} opportunityId={openId} onClose={() => setOpenId(null)} onSaved={apply} />}
      {toast && (
        <div className={`toast toast-${toast.kind}`} role="status" data-testid="board-toast">
          {toast.message}
        </div>
      )}
    </section>
  );
}

/** A key between two neighbours; tolerates equal or inverted neighbours left by concurrent moves. */
function safeRank(before: string | null, after: string | null) {
  if (before !== null && after !== null && before >= after) return rankBetween(before, null);
  return rankBetween(before, after);
}
