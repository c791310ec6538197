'use client';

import { useEffect, useRef } from 'react';
import { useSocket } from '~/app/_lib/realtime/socket-provider';
import type { TDocChanged } from '~/domain/schemas/doc-event';

/** Calls `onChange` for every `doc:changed` event of the organization that `matches`; pages refetch on it, so nobody reloads. */
export function useDocChanged(matches: (event: TDocChanged) => boolean, onChange: (event: TDocChanged) => void) {
  const { socket } = useSocket();
  const latest = useRef({ matches, onChange });
  useEffect(() => {
    latest.current = { matches, onChange };
  });
  useEffect(() => {
    if (!socket) return;
    const handler = (event: TDocChanged) => {
      if (latest.current.matches(event)) latest.current.onChange(event);
    };
    socket.on('doc:changed', handler);
    return () => {
      socket.off('doc:changed', handler);
    };
  }, [socket]);
}
