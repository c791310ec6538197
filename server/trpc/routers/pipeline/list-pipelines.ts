import { listPipelines as listPipelinesService } from '~/server/services/pipeline/list-pipelines';
import { orgProcedure } from '../../init';

/** Pipelines with their ordered stages. */
export const listPipelines = orgProcedure.query(({ ctx }) => listPipelinesService(ctx.db, ctx.viewer.organizationId));
