'use client';

import { useEffect, useState } from 'react';
import type { TBoardKey } from '~/domain/schemas/board';
import { useSocket } from '~/app/_lib/realtime/socket-provider';

export type TPresenceUser = { userId: string; name: string };

/** Who else is looking at this board, and which cards they are dragging right now. */
export function usePresence(boardKey: TBoardKey) {
  const { socket } = useSocket();
  const [viewers, setViewers] = useState<TPresenceUser[]>([]);
  const [dragging, setDragging] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    if (!socket) return;
    const onPresence = (p: { board: string; users: TPresenceUser[] }) => {
      if (p.board === boardKey) setViewers(p.users);
    };
    const onDrag = (d: { opportunityId: string; name: string; active: boolean }) =>
      setDragging((held) => {
        const next = new Map(held);
        if (d.active) next.set(d.opportunityId, d.name);
        else next.delete(d.opportunityId);
        return next;
      });
    socket.on('board:presence', onPresence);
    socket.on('board:drag', onDrag);
    return () => {
      socket.off('board:presence', onPresence);
      socket.off('board:drag', onDrag);
    };
  }, [socket, boardKey]);

  const announceDrag = (opportunityId: string, active: boolean) =>
    socket?.emit(active ? 'drag:start' : 'drag:end', { board: boardKey, opportunityId });
  return { viewers, dragging, announceDrag };
}
