'use client';

import { TRPCClientError } from '@trpc/client';
import type { Dispatch, SetStateAction } from 'react';
import { rollBack } from '~/domain/board/board-sync';
import type { TBoardCard } from '~/domain/board/card';
import type { TMoveTarget } from '~/domain/schemas/board';
import { useTranslations } from 'use-intl';
import type { TConflictChange } from '~/server/services/board/conflict-error';
import { useTRPCClient } from '~/app/_lib/trpc/react';
import type { AppRouter } from '~/server/trpc/root';

type TNotify = (kind: 'error' | 'info', message: string) => void;
const RETRY_DELAYS_MS = [300, 1000, 2500, 5000];

/**
 * Moves a card optimistically, then commits it with `opportunity.move`.
 * Network failures are retried with the same client mutation id (so the move
 * applies once); a conflict or a refusal rolls the card back and says why.
 * A move is never dropped silently: if every retry fails the user is told.
 */
export function useMove(setCards: Dispatch<SetStateAction<Map<string, TBoardCard>>>, apply: (card: TBoardCard) => void, notify: TNotify) {
  const client = useTRPCClient();
  const t = useTranslations('board');
  const put = (card: TBoardCard) =>
    setCards((held) => {
      const next = new Map(held);
      if (card.status === 'open') next.set(card.id, card);
      else next.delete(card.id);
      return next;
    });

  /** Undo the optimistic move, unless a newer version arrived from the feed meanwhile. */
  const restore = (card: TBoardCard) => setCards((held) => rollBack(held, card));

  return async function move(card: TBoardCard, target: TMoveTarget, rank: string, patch: Partial<TBoardCard>) {
    const clientMutationId = crypto.randomUUID();
    put({ ...card, ...patch, rank });
    for (let attempt = 0; ; attempt++) {
      try {
        const result = await client.opportunity.move.mutate({ id: card.id, version: card.version, target, rank, clientMutationId });
        apply(result.card);
        return;
      } catch (error) {
        if (error instanceof TRPCClientError) {
          const data = (error as TRPCClientError<AppRouter>).data;
          if (data?.code === 'CONFLICT') {
            const appData = data.appData as { card?: TBoardCard; actorName?: string; change?: TConflictChange } | undefined;
            const current = appData?.card;
            // The current card is newer than the optimistic copy; a later event (if any) wins over it.
            if (current) apply(current);
            else restore(card);
            return notify('info', appData?.actorName && appData.change ? t(`conflict.${appData.change}`, { name: appData.actorName }) : error.message);
          }
          if (data && data.httpStatus < 500) {
            restore(card);
            return notify('error', error.message);
          }
        }
        if (attempt >= RETRY_DELAYS_MS.length) {
          restore(card);
          return notify('error', 'The move could not be saved. Check the connection and try again.');
        }
        await new Promise((r) => setTimeout(r, RETRY_DELAYS_MS[attempt]));
      }
    }
  };
}
