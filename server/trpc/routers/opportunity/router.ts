import type { TRPCRouterRecord } from '@trpc/server';
import { getOpportunity } from './get-opportunity';
import { moveOpportunity } from './move-opportunity';
import { updateOpportunity } from './update-opportunity';

export const opportunityRouter = { get: getOpportunity, update: updateOpportunity, move: moveOpportunity } satisfies TRPCRouterRecord;
