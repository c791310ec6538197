import { onAccessChange, ZAccessChangeSchema, type TAccessChange } from '~/server/auth/access-events';
import type { TIo } from './io';
import { userRoom } from './rooms';

/** socket.io server-side event relaying an access change to the other nodes (over the Redis adapter). */
export const ACCESS_CHANGE_EVENT = 'access:changed';

/**
 * Makes access changes take effect at once on every node:
 * - a member removed from an organization loses their socket.io sockets of
 *   that organization (`disconnectSockets` on their private room reaches
 *   every node through the adapter);
 * - a signed-out session loses its sockets likewise;
 * - `applyHere` closes or refreshes the user's tRPC WebSocket connections
 *   on this node and drops the sessions and memberships it cached, and the
 *   change is relayed so other nodes do the same.
 * Returns the unsubscribe function.
 */
export function wireAccessRevocation(io: TIo, applyHere: (change: TAccessChange) => void, opts: { multiNode: boolean }): () => void {
  io.on(ACCESS_CHANGE_EVENT, (payload: unknown) => {
    const change = ZAccessChangeSchema.safeParse(payload);
    if (change.success) applyHere(change.data);
  });
  return onAccessChange((change) => {
    applyHere(change);
    if (opts.multiNode) io.serverSideEmit(ACCESS_CHANGE_EVENT, change);
    if (!change.organizationId) return;
    const room = io.in(userRoom(change.organizationId, change.userId));
    if (change.kind === 'removed') room.disconnectSockets(true);
    if (change.kind === 'signed-out') {
      void room
        .fetchSockets()
        .then((sockets) => sockets.filter((s) => s.data.sessionId === change.sessionId).forEach((s) => s.disconnect(true)))
        .catch(() => {});
    }
  });
}
