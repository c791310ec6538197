import type { TRPCRouterRecord } from '@trpc/server';
import { catchUp } from './catch-up';
import { getBoard } from './get-board';

export const boardRouter = { get: getBoard, catchUp } satisfies TRPCRouterRecord;
