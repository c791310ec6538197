import { EventEmitter } from 'node:events';
import { z } from 'zod';

/**
 * A member lost access to an organization (`removed`), their role changed
 * (`role`), or one of their sessions ended (`signed-out`, with `sessionId`).
 */
export const ZAccessChangeSchema = z
  .object({
    kind: z.enum(['removed', 'role', 'signed-out']),
    userId: z.string().min(1).max(64),
    organizationId: z.string().min(1).max(64).optional(),
    sessionId: z.string().min(1).max(64).optional(),
  })
  .strict();
export type TAccessChange = z.infer<typeof ZAccessChangeSchema>;

const bus = new EventEmitter();
bus.setMaxListeners(0);

/**
 * Announces an access change inside this process, after its commit. The
 * server (server/realtime/revoke-access.ts) disconnects or refreshes the
 * user's live connections at once and relays the change to other nodes.
 */
export function announceAccessChange(change: TAccessChange) {
  bus.emit('change', change);
}

/** Subscribes to access changes of this process; returns the unsubscribe function. */
export function onAccessChange(listener: (change: TAccessChange) => void): () => void {
  bus.on('change', listener);
  return () => bus.off('change', listener);
}
