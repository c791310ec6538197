'use client';

import { useEffect, useState } from 'react';
import type { TBoardKey } from '~/domain/schemas/board';
import { useSocket } from '~/app/_lib/realtime/socket-provider';

export type TPresenceUser = { userId: string; name: string };
/** Who is dragging a card right now. */
export type TDragMark = { userId: string; name: string };

/** The marks without those `gone` matches (the same map when none goes, so nothing re-renders). */
function dropMarks(held: Map<string, TDragMark>, gone: (mark: TDragMark) => boolean): Map<string, TDragMark> {
  const next = new Map([...held].filter(([, mark]) => !gone(mark)));
  return next.size === held.size ? held : next;
}

/** Who else is looking at this board, and which cards they are dragging right now. */
export function usePresence(boardKey: TBoardKey) {
  const { socket } = useSocket();
  const [viewers, setViewers] = useState<TPresenceUser[]>([]);
  const [dragging, setDragging] = useState<Map<string, TDragMark>>(new Map());
  useEffect(() => {
    if (!socket) return;
    const onPresence = (p: { board: string; users: TPresenceUser[] }) => {
      if (p.board !== boardKey) return;
      setViewers(p.users);
      // A mark whose dragger left the board (their tab or server node died before the release reached us) goes too.
      const here = new Set(p.users.map((u) => u.userId));
      setDragging((held) => dropMarks(held, (mark) => !here.has(mark.userId)));
    };
    const onDrag = (d: { opportunityId: string; userId: string; name: string; active: boolean }) =>
      setDragging((held) => {
        const next = new Map(held);
        if (d.active) next.set(d.opportunityId, { userId: d.userId, name: d.name });
        else next.delete(d.opportunityId);
        return next;
      });
    // Releases sent while this tab was offline are lost: start again from the marks that arrive from now on.
    const onConnect = () => setDragging((held) => dropMarks(held, () => true));
    socket.on('board:presence', onPresence);
    socket.on('board:drag', onDrag);
    socket.on('connect', onConnect);
    return () => {
      socket.off('board:presence', onPresence);
      socket.off('board:drag', onDrag);
      socket.off('connect', onConnect);
    };
  }, [socket, boardKey]);

  const announceDrag = (opportunityId: string, active: boolean) =>
    socket?.emit(active ? 'drag:start' : 'drag:end', { board: boardKey, opportunityId });
  return { viewers, dragging, announceDrag };
}
