import type { TRPCRouterRecord } from '@trpc/server';
import { getMe } from './get-me';

export const meRouter = { get: getMe } satisfies TRPCRouterRecord;
