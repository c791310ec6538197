'use client';

import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { applyCardEvent, type TBoardCard } from '~/domain/board/card';
import type { TBoardKey } from '~/domain/schemas/board';
import { useSocket } from '~/app/_lib/realtime/socket-provider';
import { useTRPC, useTRPCClient } from '~/app/_lib/trpc/react';

export type TSyncState = 'live' | 'reconnecting' | 'resynced';
export type TFeedItem = { id: string; actorName: string; title: string; kind: string; probability: number; stageId: string; at: number };
type TCardEvent = { card: TBoardCard; seq: number; actorId: string; actorName: string; kind: string };

/**
 * The live state of one board: the snapshot from `board.get`, then every
 * `board:card` event applied idempotently (stale or duplicate versions are
 * ignored). After a disconnect it asks `board.catchUp` for what it missed
 * since the last board sequence it saw, or reloads when too much was missed.
 */
export function useBoardFeed(boardKey: TBoardKey) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const { socket, status } = useSocket();
  const snapshot = useQuery({ ...trpc.board.get.queryOptions({ board: boardKey }), staleTime: Infinity, refetchOnWindowFocus: false });
  const [cards, setCards] = useState<Map<string, TBoardCard>>(new Map());
  const [sync, setSync] = useState<TSyncState>('live');
  const [feed, setFeed] = useState<TFeedItem[]>([]);
  const seqRef = useRef(0);
  const wasOffline = useRef(false);
  const pipelineId = boardKey === 'probability' ? null : boardKey.slice('stage:'.length);

  const apply = useCallback(
    (incoming: TBoardCard) => {
      const relevant = !pipelineId || incoming.pipelineId === pipelineId ? incoming : { ...incoming, status: 'lost' as const };
      setCards((held) => applyCardEvent(held, relevant) ?? held);
    },
    [pipelineId],
  );

  useEffect(() => {
    if (!snapshot.data) return;
    seqRef.current = snapshot.data.seq;
    setCards(new Map(snapshot.data.cards.map((c) => [c.id, c])));
  }, [snapshot.data]);

  useEffect(() => {
    if (!socket) return;
    const onCard = (event: TCardEvent) => {
      seqRef.current = Math.max(seqRef.current, event.seq);
      apply(event.card);
      setFeed((items) => [{ id: `${event.card.id}:${event.card.version}`, actorName: event.actorName, title: event.card.title, kind: event.kind, probability: event.card.probability, stageId: event.card.stageId, at: Date.now() }, ...items].slice(0, 8));
    };
    const watch = () => socket.emit('board:watch', { board: boardKey });
    socket.on('board:card', onCard);
    socket.on('connect', watch);
    if (socket.connected) watch();
    return () => {
      socket.off('board:card', onCard);
      socket.off('connect', watch);
      if (socket.connected) socket.emit('board:unwatch', { board: boardKey });
    };
  }, [socket, boardKey, apply]);

  // Latest snapshot handle for the reconnect effect, which must not re-run (and drop its catch-up) on every render.
  const snapshotRef = useRef(snapshot);
  snapshotRef.current = snapshot;
  useEffect(() => {
    if (status === 'offline' || status === 'connecting') {
      if (status === 'offline') wasOffline.current = true;
      if (wasOffline.current) setSync('reconnecting');
      return;
    }
    if (!wasOffline.current || !snapshotRef.current.data) return;
    wasOffline.current = false;
    void client.board.catchUp
      .query({ sinceSeq: seqRef.current })
      .then(async (result) => {
        if (result.reload) await snapshotRef.current.refetch();
        else {
          for (const card of result.cards) apply(card);
          seqRef.current = Math.max(seqRef.current, result.seq);
        }
        setSync('resynced');
        setTimeout(() => setSync((s) => (s === 'resynced' ? 'live' : s)), 3000);
      })
      .catch(async () => {
        // Catch-up failed (server busy or restarting): a full reload converges too.
        await snapshotRef.current.refetch();
        setSync('resynced');
      });
  }, [status, client, apply]);

  return { snapshot, cards, setCards, apply, sync, feed, seqRef };
}
