'use client';

import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, type SetStateAction } from 'react';
import { applyCard, applyCatchUp, catchUpDue, fromSnapshot, oweCatchUp, receiveEvent, type TBoardSyncState } from '~/domain/board/board-sync';
import type { TBoardCard } from '~/domain/board/card';
import type { TBoardKey } from '~/domain/schemas/board';
import { useSocket } from '~/app/_lib/realtime/socket-provider';
import { useTRPC, useTRPCClient } from '~/app/_lib/trpc/react';

export type TSyncState = 'live' | 'reconnecting' | 'resynced';
/** One line of the live feed; `stageName` is set on a stage board (a move there names the stage). */
export type TFeedItem = { id: string; actorName: string; title: string; kind: string; probability: number; stageName: string | null; at: number };
type TCardEvent = { card: TBoardCard; seq: number; actorId: string; actorName: string; kind: string };

/** How often the client checks whether a sequence gap or the periodic catch-up is due (ms). */
const CHECK_EVERY_MS = 500;
/** A catch-up that hangs (a request lost to a dying server) must not block the next ones (ms). */
const CATCH_UP_TIMEOUT_MS = 10_000;
const EMPTY: TBoardSyncState = { cards: new Map(), seq: 0, ahead: [], gapSince: null, syncedAt: 0, recent: [] };

/**
 * The live state of one board: the snapshot from `board.get`, then every
 * `board:card` event applied idempotently (stale or duplicate versions are
 * ignored; see domain/board/board-sync). It asks `board.catchUp` for what it
 * missed after a reconnect, when a gap in the board sequence stays open (an
 * event lost between server nodes) and periodically; it reloads when too much
 * was missed.
 */
export function useBoardFeed(boardKey: TBoardKey) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const { socket, status } = useSocket();
  const snapshot = useQuery({ ...trpc.board.get.queryOptions({ board: boardKey }), staleTime: Infinity, refetchOnWindowFocus: false });
  const [state, setState] = useState<TBoardSyncState>(EMPTY);
  const [sync, setSync] = useState<TSyncState>('live');
  const [feed, setFeed] = useState<TFeedItem[]>([]);
  const stateRef = useRef(state);
  stateRef.current = state;
  const seqRef = useRef(0);
  seqRef.current = state.seq;
  const wasOffline = useRef(false);
  const catchingUp = useRef(false);
  const pipelineId = boardKey === 'probability' ? null : boardKey.slice('stage:'.length);
  // Read by the socket handler, which must not re-subscribe when the snapshot reloads.
  const stageNames = useRef(new Map<string, string>());
  useEffect(() => {
    stageNames.current = new Map((snapshot.data?.stages ?? []).map((s) => [s.id, s.name]));
  }, [snapshot.data]);

  /** On a stage board, a card of another pipeline leaves the board like a closed one. */
  const relevant = useCallback(
    (card: TBoardCard): TBoardCard => (!pipelineId || card.pipelineId === pipelineId ? card : { ...card, status: 'lost' }),
    [pipelineId],
  );
  const apply = useCallback((incoming: TBoardCard) => setState((s) => applyCard(s, relevant(incoming))), [relevant]);
  const setCards = useCallback(
    (update: SetStateAction<Map<string, TBoardCard>>) => setState((s) => ({ ...s, cards: typeof update === 'function' ? update(s.cards) : update })),
    [],
  );

  useEffect(() => {
    if (snapshot.data) setState((s) => fromSnapshot(snapshot.data, s.recent, Date.now()));
  }, [snapshot.data]);

  useEffect(() => {
    if (!socket) return;
    const onCard = (event: TCardEvent) => {
      setState((s) => receiveEvent(s, { card: relevant(event.card), seq: event.seq }, Date.now()));
      // The feed tells what happened on this board: not a card's new place within its column, nor a deal of another pipeline.
      if (event.kind === 'reordered' || (pipelineId && event.card.pipelineId !== pipelineId)) return;
      const stageName = pipelineId ? (stageNames.current.get(event.card.stageId) ?? null) : null;
      setFeed((items) => [{ id: `${event.card.id}:${event.card.version}`, actorName: event.actorName, title: event.card.title, kind: event.kind, probability: event.card.probability, stageName, at: Date.now() }, ...items].slice(0, 8));
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
  }, [socket, boardKey, relevant, pipelineId]);

  // Latest snapshot handle for the catch-up, which must not re-run (and drop its request) on every render.
  const snapshotRef = useRef(snapshot);
  snapshotRef.current = snapshot;
  const catchUp = useCallback(async () => {
    if (catchingUp.current || !snapshotRef.current.data) return;
    catchingUp.current = true;
    const reload = async () => {
      const { data } = await snapshotRef.current.refetch();
      if (data) setState((s) => fromSnapshot(data, s.recent, Date.now()));
    };
    try {
      const result = await client.board.catchUp.query({ sinceSeq: stateRef.current.seq }, { signal: AbortSignal.timeout(CATCH_UP_TIMEOUT_MS) });
      if (result.reload) await reload();
      else setState((s) => applyCatchUp(s, { seq: result.seq, cards: result.cards.map(relevant) }, Date.now()));
    } catch {
      // Catch-up failed (server busy or restarting): a full reload converges too; if it fails, the catch-up stays owed.
      await reload().catch(() => {});
    } finally {
      catchingUp.current = false;
    }
  }, [client, relevant]);

  useEffect(() => {
    if (status === 'offline' || status === 'connecting') {
      if (status === 'offline') wasOffline.current = true;
      if (wasOffline.current) setSync('reconnecting');
      return;
    }
    if (!wasOffline.current || !snapshotRef.current.data) return;
    wasOffline.current = false;
    // Owed until a catch-up succeeds: a failed one is retried by the check below.
    setState(oweCatchUp);
    void catchUp().then(() => {
      setSync('resynced');
      setTimeout(() => setSync((s) => (s === 'resynced' ? 'live' : s)), 3000);
    });
  }, [status, catchUp]);

  useEffect(() => {
    const timer = setInterval(() => {
      if (status === 'connected' && catchUpDue(stateRef.current, Date.now())) void catchUp();
    }, CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, [status, catchUp]);

  return { snapshot, cards: state.cards, setCards, apply, sync, feed, seqRef };
}
