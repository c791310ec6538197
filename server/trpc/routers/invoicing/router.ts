import type { TRPCRouterRecord } from '@trpc/server';
import { getBoard } from './get-board';
import { listCell } from './list-cell';
import { moveOpportunityMonth } from './move-opportunity-month';

export const invoicingRouter = { board: getBoard, cell: listCell, moveOpportunityMonth } satisfies TRPCRouterRecord;
