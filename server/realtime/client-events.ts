import { z } from 'zod';
import { ZBoardKeySchema } from '~/domain/schemas/board';

const ZWatchSchema = z.object({ board: ZBoardKeySchema }).strict();
const ZDragSchema = z.object({ board: ZBoardKeySchema, opportunityId: z.uuid() }).strict();

/**
 * Every event the server listens to on a socket, with its payload schema.
 * The handlers (board-presence.ts) parse with these, and the fuzz test
 * (server/testing/fuzz) sends hostile payloads to each one, so an event
 * added here is fuzzed automatically.
 */
export const clientEvents = {
  'board:watch': ZWatchSchema,
  'board:unwatch': ZWatchSchema,
  'drag:start': ZDragSchema,
  'drag:end': ZDragSchema,
} as const;

export type TClientEvent = keyof typeof clientEvents;
