import type { TRPCRouterRecord } from '@trpc/server';
import { moveOpportunity } from './move-opportunity';

export const opportunityRouter = { move: moveOpportunity } satisfies TRPCRouterRecord;
