'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useSocket } from '~/app/_lib/realtime/socket-provider';
import { useTRPC } from '~/app/_lib/trpc/react';

/**
 * Keeps order and invoice pages live: a `doc:changed` in the organization
 * (or a reconnect) refetches the order, invoice and document-chain queries
 * on screen, coalesced so a burst refetches once.
 */
export function useDocsLive() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { socket } = useSocket();
  useEffect(() => {
    if (!socket) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const refresh = () => {
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        for (const filter of [trpc.order.pathFilter(), trpc.invoice.pathFilter(), trpc.documentChain.pathFilter()]) {
          void queryClient.invalidateQueries(filter);
        }
      }, 300);
    };
    socket.on('doc:changed', refresh);
    socket.io.on('reconnect', refresh);
    return () => {
      socket.off('doc:changed', refresh);
      socket.io.off('reconnect', refresh);
      if (timer) clearTimeout(timer);
    };
  }, [socket, queryClient, trpc]);
}
