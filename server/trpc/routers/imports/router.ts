import type { TRPCRouterRecord } from '@trpc/server';
import { listRuns } from './list-runs';

/** Import history; uploads go through /api/import/* (multipart bodies). */
export const importsRouter = {
  listRuns,
} satisfies TRPCRouterRecord;
