import type { TRPCRouterRecord } from '@trpc/server';
import { getSummary } from './get-summary';

export const dashboardRouter = { summary: getSummary } satisfies TRPCRouterRecord;
