'use client';

import { useEffect, useRef, useState } from 'react';
import { useSocket } from '~/app/_lib/realtime/socket-provider';

/** Events within this window refetch once. */
const COALESCE_MS = 300;

/**
 * Keeps the report live: the server emits `forecast:updated` after each
 * recompute (a card moved, a document changed, the schedule), and after a
 * reconnect we may have missed one. Either way `refetch` runs once per
 * burst; `updatedAt` is when the report last refreshed because of it.
 */
export function useForecastLive(refetch: () => Promise<unknown>) {
  const { socket, status } = useSocket();
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  const refetchRef = useRef(refetch);
  refetchRef.current = refetch;
  useEffect(() => {
    if (!socket) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let wasOffline = false;
    const refresh = () => {
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        void refetchRef.current().then(() => setUpdatedAt(new Date()));
      }, COALESCE_MS);
    };
    const onConnect = () => {
      if (wasOffline) refresh();
      wasOffline = false;
    };
    const onDisconnect = () => {
      wasOffline = true;
    };
    socket.on('forecast:updated', refresh);
    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    return () => {
      socket.off('forecast:updated', refresh);
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
      if (timer) clearTimeout(timer);
    };
  }, [socket]);
  return { status, updatedAt };
}
