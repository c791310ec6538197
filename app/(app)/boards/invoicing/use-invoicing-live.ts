'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useSocket } from '~/app/_lib/realtime/socket-provider';
import { useTRPC } from '~/app/_lib/trpc/react';

/** Events are coalesced for this long, so a burst (an import, a busy meeting) refetches once. */
const COALESCE_MS = 400;

/**
 * Keeps the invoicing board live: any deal change (`board:card`) or
 * document change (`doc:changed`) in the organization, and a reconnect after
 * a drop, refetches the board's queries (aggregates and open cells). The
 * first event of a burst schedules one refetch; later ones ride along.
 */
export function useInvoicingLive() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { socket, status } = useSocket();
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  const wasOffline = useRef(false);
  useEffect(() => {
    if (!socket) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const refresh = () => {
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        void queryClient.invalidateQueries(trpc.invoicing.pathFilter());
        setUpdatedAt(new Date());
      }, COALESCE_MS);
    };
    const onConnect = () => {
      if (wasOffline.current) refresh();
      wasOffline.current = false;
    };
    const onDisconnect = () => {
      wasOffline.current = true;
    };
    socket.on('board:card', refresh);
    socket.on('doc:changed', refresh);
    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    return () => {
      socket.off('board:card', refresh);
      socket.off('doc:changed', refresh);
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
      if (timer) clearTimeout(timer);
    };
  }, [socket, queryClient, trpc]);
  return { status, updatedAt };
}
