'use client';

import { useQueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { useCallback, useRef, useState } from 'react';
import { moveDateToMonth, type TMonth } from '~/domain/invoicing/months';
import { useTRPC, useTRPCClient } from '~/app/_lib/trpc/react';
import type { AppRouter } from '~/server/trpc/root';
import type { TInvoicingCard } from './types';

const RETRY_DELAYS_MS = [300, 1000, 2500, 5000];
type TNotify = (kind: 'error' | 'info', message: string) => void;

/**
 * Moves a deal to another month: shown at once in the target month
 * (`pending` overlays the server's cards), committed with
 * `invoicing.moveOpportunityMonth`. A network failure is retried with the
 * same client mutation id (applied once); a conflict or refusal rolls back
 * and says why. A confirmed move is pinned into its new cell (see
 * `onMoved`) and its overlay dropped once fresh board data has arrived.
 */
export function useMonthMove(notify: TNotify, failedMessage: string, onMoved: (id: string) => void) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<Map<string, TInvoicingCard>>(new Map());
  // Moves the server confirmed; their overlay goes with the next board data (which has them).
  const committed = useRef(new Set<string>());
  const rollBack = async (id: string) => {
    setPending((held) => {
      const next = new Map(held);
      next.delete(id);
      return next;
    });
    await queryClient.invalidateQueries(trpc.invoicing.pathFilter());
  };
  const dropCommitted = useCallback(() => {
    if (committed.current.size === 0) return;
    const done = new Set(committed.current);
    committed.current.clear();
    setPending((held) => new Map([...held].filter(([id]) => !done.has(id))));
  }, []);

  async function move(card: TInvoicingCard, month: TMonth) {
    const clientMutationId = crypto.randomUUID();
    setPending((held) => new Map(held).set(card.id, { ...card, month, date: moveDateToMonth(card.date, month) }));
    for (let attempt = 0; ; attempt++) {
      try {
        await client.invoicing.moveOpportunityMonth.mutate({ id: card.id, version: card.version, month, clientMutationId });
        committed.current.add(card.id);
        onMoved(card.id);
        return await queryClient.invalidateQueries(trpc.invoicing.pathFilter());
      } catch (error) {
        const data = error instanceof TRPCClientError ? (error as TRPCClientError<AppRouter>).data : undefined;
        if (data && data.httpStatus < 500) {
          notify(data.code === 'CONFLICT' ? 'info' : 'error', (error as Error).message);
          return rollBack(card.id);
        }
        if (attempt >= RETRY_DELAYS_MS.length) {
          notify('error', failedMessage);
          return rollBack(card.id);
        }
        await new Promise((r) => setTimeout(r, RETRY_DELAYS_MS[attempt]));
      }
    }
  }
  return { pending, move, dropCommitted };
}
