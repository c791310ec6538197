import type { z } from 'zod';
import { canEdit } from '~/domain/roles';
import type { TBoardKey } from '~/domain/schemas/board';
import { clientEvents } from './client-events';
import type { TLogger } from '~/server/observability/logger';
import type { TIo, TIoSocket } from './io';
import { boardRoom } from './rooms';

/** A person drags one card at a time; a few more allow for marks left by a lost drop. Bounds what a disconnect releases. */
export const MAX_DRAGS_PER_SOCKET = 3;

export type TAck = (answer: { ok: true } | { ok: false; code: string; message: string }) => void;
export type TPresenceUser = { userId: string; name: string };

/** Sends the distinct users watching a board to everyone watching it. */
async function broadcastPresence(io: TIo, organizationId: string, board: TBoardKey) {
  const room = boardRoom(organizationId, board);
  const sockets = await io.in(room).fetchSockets();
  const users = new Map<string, TPresenceUser>();
  for (const s of sockets) users.set(s.data.userId, { userId: s.data.userId, name: s.data.name });
  io.to(room).emit('board:presence', { board, users: [...users.values()] });
}

/**
 * Presence and drag marks. Ephemeral: kept in socket.io rooms and socket
 * data, never written to the database. Payloads are validated; handlers never
 * throw and answer with an ack.
 */
export function registerBoardPresence(io: TIo, socket: TIoSocket, log: TLogger) {
  const { organizationId } = socket.data;
  const watching = new Set<TBoardKey>();
  const dragging = new Map<string, TBoardKey>();
  const presenceFailed = (error: unknown) => log.warn({ err: error }, 'presence broadcast failed');
  const ackOf = (ack: unknown): TAck => (typeof ack === 'function' ? (ack as TAck) : () => {});
  const invalid = (ack: TAck, error: z.ZodError) => ack({ ok: false, code: 'INVALID_INPUT', message: error.issues[0]?.message ?? 'Invalid payload' });

  socket.on('board:watch', async (payload: unknown, ack: unknown) => {
    const parsed = clientEvents['board:watch'].safeParse(payload);
    if (!parsed.success) return invalid(ackOf(ack), parsed.error);
    watching.add(parsed.data.board);
    await socket.join(boardRoom(organizationId, parsed.data.board));
    ackOf(ack)({ ok: true });
    await broadcastPresence(io, organizationId, parsed.data.board).catch(presenceFailed);
  });

  socket.on('board:unwatch', async (payload: unknown, ack: unknown) => {
    const parsed = clientEvents['board:unwatch'].safeParse(payload);
    if (!parsed.success) return invalid(ackOf(ack), parsed.error);
    watching.delete(parsed.data.board);
    await socket.leave(boardRoom(organizationId, parsed.data.board));
    ackOf(ack)({ ok: true });
    await broadcastPresence(io, organizationId, parsed.data.board).catch(presenceFailed);
  });

  const drag = (active: boolean) => (payload: unknown, ack: unknown) => {
    const parsed = clientEvents[active ? 'drag:start' : 'drag:end'].safeParse(payload);
    if (!parsed.success) return invalid(ackOf(ack), parsed.error);
    const { board, opportunityId } = parsed.data;
    if (!watching.has(board)) return ackOf(ack)({ ok: false, code: 'FORBIDDEN', message: 'Watch the board first.' });
    // A viewer's drag is refused when it drops: nobody should see their card marked as being moved meanwhile.
    if (active && !canEdit(socket.data.role)) return ackOf(ack)({ ok: false, code: 'FORBIDDEN', message: 'Viewers cannot move cards.' });
    if (active && !dragging.has(opportunityId) && dragging.size >= MAX_DRAGS_PER_SOCKET) {
      return ackOf(ack)({ ok: false, code: 'TOO_MANY_DRAGS', message: `At most ${MAX_DRAGS_PER_SOCKET} cards can be marked as being moved at once.` });
    }
    if (active) dragging.set(opportunityId, board);
    else if (!dragging.delete(opportunityId)) return ackOf(ack)({ ok: true });
    socket.to(boardRoom(organizationId, board)).emit('board:drag', { opportunityId, userId: socket.data.userId, name: socket.data.name, active });
    ackOf(ack)({ ok: true });
  };
  socket.on('drag:start', drag(true));
  socket.on('drag:end', drag(false));

  socket.on('disconnect', () => {
    for (const [opportunityId, board] of dragging) {
      io.to(boardRoom(organizationId, board)).emit('board:drag', { opportunityId, userId: socket.data.userId, name: socket.data.name, active: false });
    }
    for (const board of watching) void broadcastPresence(io, organizationId, board).catch(presenceFailed);
  });
}
