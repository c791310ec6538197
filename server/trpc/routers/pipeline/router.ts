import type { TRPCRouterRecord } from '@trpc/server';
import { listPipelines } from './list-pipelines';

export const pipelineRouter = { list: listPipelines } satisfies TRPCRouterRecord;
