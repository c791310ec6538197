import type { z } from 'zod';
import { appRouter } from '~/server/trpc/root';

export type TProcedureInfo = { path: string; type: 'query' | 'mutation'; input: z.ZodType | null };

/**
 * Every procedure of the app router with its type and input schema, read
 * from the router definition (tRPC 11: `_def.procedures` is flat, keyed by
 * dotted path), so a new procedure is fuzzed without touching the tests.
 */
export function listProcedures(): TProcedureInfo[] {
  const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: string; inputs: unknown[] } }>;
  return Object.entries(procedures)
    .filter(([, p]) => p._def.type !== 'subscription')
    .map(([path, p]) => ({ path, type: p._def.type as 'query' | 'mutation', input: (p._def.inputs[0] as z.ZodType | undefined) ?? null }));
}
