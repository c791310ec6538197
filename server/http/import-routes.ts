import type http from 'node:http';
import { z } from 'zod';
import { AppError } from '~/domain/app-error';
import { importEntities } from '~/domain/import/fields';
import { errorReportCsv } from '~/domain/import/error-report';
import { canAdminister, canEdit } from '~/domain/roles';
import { getImportRun } from '~/server/services/import/get-import-run';
import { commitEntityUpload, datasetUploadImport, previewEntityUpload } from '~/server/services/import/import-upload';
import type { TApiRequest, TApiRoute } from './api-routes';
import { readUpload } from './read-upload';
import { startCsvDownload } from './send-csv';

const sendJson = (res: http.ServerResponse, body: unknown) => {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
};

/** Checks the role before reading the body, so a refused upload is never buffered. */
function requireRole({ viewer }: TApiRequest, dataset: boolean) {
  if (dataset && !canAdminister(viewer.role)) throw new AppError('FORBIDDEN', { message: 'Only admins import the sample data set (it creates users and teams).' });
  if (!canEdit(viewer.role)) throw new AppError('FORBIDDEN', { message: 'Viewers cannot import data.' });
}

/**
 * CSV import endpoints:
 * - POST /api/import/{customers|products|opportunities}/{preview|commit}
 *   multipart (file + optional `mapping` JSON and `locale`) or a text/csv body
 *   (`?mapping=…&locale=…&file=name.csv`);
 * - POST /api/import/dataset/{preview|commit}: the four sample files, multipart;
 * - GET /api/import/runs/:id/report.csv: a run's issues as CSV.
 */
export const importApiRoutes: TApiRoute[] = [
  {
    method: 'POST',
    pattern: new RegExp(`^/api/import/(?<entity>${importEntities.join('|')})/(?<action>preview|commit)$`),
    handle: async (request) => {
      requireRole(request, false);
      const entity = z.enum(importEntities).parse(request.params.entity);
      const upload = await readUpload(request.req, request.res, request.url);
      const body = request.params.action === 'preview'
        ? await previewEntityUpload(request.deps.db, request.viewer, entity, upload)
        : await commitEntityUpload(request.deps.db, request.viewer, entity, upload);
      sendJson(request.res, body);
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/import\/dataset\/(?<action>preview|commit)$/,
    handle: async (request) => {
      requireRole(request, true);
      const upload = await readUpload(request.req, request.res, request.url);
      sendJson(request.res, await datasetUploadImport(request.deps.db, request.viewer, upload, request.params.action === 'commit'));
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/import\/runs\/(?<id>[0-9a-f-]{36})\/report\.csv$/,
    handle: async ({ res, params, viewer, deps }) => {
      const run = await getImportRun(deps.db, viewer.organizationId, params.id!);
      startCsvDownload(res, `import-${run.entity}-${run.createdAt.toISOString().slice(0, 10)}-report.csv`);
      res.end(errorReportCsv(run.errors));
    },
  },
];
