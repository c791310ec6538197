import { z } from 'zod';
import { RANK_PATTERN } from '../board/ranks';

/** Where a card is dropped: a probability band, a stage, or a closing drop zone. */
export const ZMoveTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('band'), probability: z.number().int().min(0).max(100) }).strict(),
  z.object({ kind: z.literal('stage'), stageId: z.uuid() }).strict(),
  /** Within its own column: only the card's place (rank) changes, never its probability or stage. */
  z.object({ kind: z.literal('reorder') }).strict(),
  z.object({ kind: z.literal('won') }).strict(),
  z.object({ kind: z.literal('lost'), reason: z.string().trim().min(2, 'Say why the deal was lost').max(200) }).strict(),
]);
export type TMoveTarget = z.infer<typeof ZMoveTargetSchema>;

export const ZMoveInputSchema = z
  .object({
    id: z.uuid({ error: 'Must be a valid opportunity id' }),
    /** The version the client saw; the move applies only if it is still current. */
    version: z.number().int().min(1),
    target: ZMoveTargetSchema,
    /** New fractional-index key within the target column. */
    rank: z.string().min(1).max(64).regex(RANK_PATTERN, 'Invalid rank key'),
    /** Client-generated id; retrying with the same id applies the move once. */
    clientMutationId: z.string().min(8).max(64).regex(/^[\w-]+$/, 'Invalid client mutation id'),
  })
  .strict();
export type TMoveInput = z.infer<typeof ZMoveInputSchema>;

/** Which board a client is looking at; room names are derived from it on the server. */
export const ZBoardKeySchema = z.union([
  z.literal('probability'),
  z.string().regex(/^stage:[0-9a-f-]{36}$/, 'Invalid board'),
]);
export type TBoardKey = z.infer<typeof ZBoardKeySchema>;

export const ZCatchUpInputSchema = z.object({ sinceSeq: z.number().int().min(0) }).strict();
