import { z } from 'zod';

/** Where a fault-test server keeps its data: a Postgres URL or a PGlite data dir (DATA_DIR; the database is `<dir>/pglite`). */
export const ZFaultDbSchema = z.discriminatedUnion('driver', [
  z.object({ driver: z.literal('postgres'), url: z.string().regex(/^postgres(ql)?:\/\/\S+$/) }),
  z.object({ driver: z.literal('pglite'), dataDir: z.string().min(1) }),
]);
export type TFaultDb = z.infer<typeof ZFaultDbSchema>;

/**
 * Deterministic kill point: SIGKILL the process itself at the `at`-th move
 * (counted from `arm`). `before-commit`: the move's statement is about to be
 * sent to the database, so nothing of it is written and nobody is told.
 * `after-commit`: the move is committed, nobody is told (no reply, no
 * broadcast). `mid-broadcast`: this node's sockets got the event, the reply
 * and Redis fan-out did not happen.
 */
export const ZKillPointSchema = z.object({ at: z.number().int().positive(), phase: z.enum(['before-commit', 'after-commit', 'mid-broadcast']) });
export type TKillPoint = z.infer<typeof ZKillPointSchema>;

/** The one argument of the fault-test server process (JSON), so the child reads no environment. */
export const ZFaultServerConfigSchema = z.object({
  mode: z.enum(['serve', 'seed']),
  port: z.number().int().min(1).max(65535),
  db: ZFaultDbSchema,
  redisUrl: z.string().regex(/^redis:\/\/\S+$/).optional(),
  killPoint: ZKillPointSchema.optional(),
  /** seed mode: create an organization with this many open cards. */
  seed: z.object({ slug: z.string().min(1), cards: z.number().int().positive() }).optional(),
});
export type TFaultServerConfig = z.infer<typeof ZFaultServerConfigSchema>;
