import { parseArgs } from 'node:util';
import { z } from 'zod';

export const DEFAULT_PG_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

const ZArgsSchema = z
  .object({
    quick: z.boolean().default(false),
    pgUrl: z.string().regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// URL').default(DEFAULT_PG_URL),
    pglite: z.boolean().default(true),
  })
  .strict();
export type TArgs = z.infer<typeof ZArgsSchema>;

/**
 * `--quick` (small sizes, prints instead of writing RESULTS.md),
 * `--pg-url <url>` (a database the bench may create databases from),
 * `--no-pglite` (Postgres only).
 */
export function parseBenchArgs(argv: string[]): TArgs {
  const { values } = parseArgs({
    args: argv,
    options: { quick: { type: 'boolean' }, 'pg-url': { type: 'string' }, 'no-pglite': { type: 'boolean' } },
    strict: true,
  });
  const parsed = ZArgsSchema.safeParse({ quick: values.quick, pgUrl: values['pg-url'], pglite: !values['no-pglite'] });
  if (!parsed.success) throw new Error(`Invalid arguments: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}
