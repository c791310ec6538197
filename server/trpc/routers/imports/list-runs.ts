import { listImportRuns } from '~/server/services/import/list-import-runs';
import { orgProcedure } from '../../init';

/** The organization's import history, newest first (issue lists are in each run's report.csv). */
export const listRuns = orgProcedure.query(({ ctx }) => listImportRuns(ctx.db, ctx.viewer.organizationId));
