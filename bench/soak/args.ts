import { parseArgs } from 'node:util';
import { z } from 'zod';

const ZSoakArgsSchema = z
  .object({
    cycles: z.coerce.number().int().min(100, 'at least 100 cycles').default(10_000),
    parallel: z.coerce.number().int().min(1).max(64).default(8),
    pgUrl: z.string().regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// URL').optional(),
    quick: z.boolean().default(false),
  })
  .strict();
export type TSoakArgs = z.infer<typeof ZSoakArgsSchema>;

/**
 * `--cycles N` (default 10,000), `--parallel N` concurrent loops (default 8),
 * `--pg-url <url>` (run on a throw-away Postgres database created from that
 * server instead of in-memory PGlite), `--quick` (1,000 cycles, prints only).
 */
export function parseSoakArgs(argv: string[]): TSoakArgs {
  const { values } = parseArgs({
    args: argv,
    options: { cycles: { type: 'string' }, parallel: { type: 'string' }, 'pg-url': { type: 'string' }, quick: { type: 'boolean' } },
    strict: true,
  });
  const parsed = ZSoakArgsSchema.safeParse({ cycles: values.quick && !values.cycles ? '1000' : values.cycles, parallel: values.parallel, pgUrl: values['pg-url'], quick: values.quick });
  if (!parsed.success) throw new Error(`Invalid arguments: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}
