import { AppError } from '~/domain/app-error';
import { canEdit } from '~/domain/roles';
import { exportEntities, type TExportEntity } from '~/server/services/export/export-entity';
import { streamExport } from '~/server/services/export/stream-export';
import type { TApiRoute } from './api-routes';
import { startCsvDownload } from './send-csv';

/**
 * GET /api/export/<entity>.csv: the whole list of the viewer's organization,
 * streamed (file name with today's date, e.g. customers-2026-03-15.csv).
 * Reps and above; viewers (meeting-room screens) cannot export.
 */
export const exportApiRoutes: TApiRoute[] = [
  {
    method: 'GET',
    pattern: new RegExp(`^/api/export/(?<entity>${exportEntities.join('|')})\\.csv$`),
    handle: async ({ res, params, viewer, deps }) => {
      if (!canEdit(viewer.role)) throw new AppError('FORBIDDEN', { message: 'Viewers cannot export data.' });
      const entity = params.entity as TExportEntity;
      startCsvDownload(res, `${entity}-${new Date().toISOString().slice(0, 10)}.csv`);
      await streamExport(deps.db, viewer.organizationId, entity, res);
      res.end();
    },
  },
];
