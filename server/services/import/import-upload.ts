import type { Db } from '~/db/client';
import { runDatasetImport } from '~/db/import/run-dataset-import';
import { commitEntityImport, previewEntityImport } from '~/db/import/run-entity-import';
import { importFields, type TImportEntity } from '~/domain/import/fields';
import { sheetRow, type TImportIssue } from '~/domain/import/issue';
import type { TUpload } from '~/server/http/read-upload';
import type { TViewer } from '../viewer';
import { datasetUpload, entityUpload } from './upload-tables';

/** Issues sent to the browser at most (all are in the stored run and its CSV report). */
const MAX_ISSUES_SENT = 1000;
/** Rows shown in the preview: the first ones plus rows with errors. */
const SAMPLE_ROWS = 20;
const SAMPLE_ERROR_ROWS = 100;

const capped = (issues: TImportIssue[]) => ({ issues: issues.slice(0, MAX_ISSUES_SENT), issuesTruncated: Math.max(0, issues.length - MAX_ISSUES_SENT) });

/**
 * Upload → preview: the headers, the mapping used (the one sent, else the
 * suggested one), every issue, and sample rows (the first rows and the rows
 * with errors) for the preview table. Nothing is written and nothing is kept
 * on the server: the browser re-sends the file with the mapping to import it.
 */
export async function previewEntityUpload(db: Db, viewer: TViewer, entity: TImportEntity, upload: TUpload) {
  const { table, mapping, locale } = entityUpload(entity, upload);
  const { plan, counts } = await previewEntityImport(db, { organizationId: viewer.organizationId, userId: viewer.userId, entity, table, mapping, locale });
  const errorRows = [...new Set(plan.issues.filter((i) => i.severity === 'error' && i.row > 1).map((i) => i.row))].slice(0, SAMPLE_ERROR_ROWS);
  const shown = [...new Set([...table.records.slice(0, SAMPLE_ROWS).map((_, i) => sheetRow(i)), ...errorRows])].sort((a, b) => a - b);
  return {
    entity,
    fileName: table.fileName,
    headers: table.headers,
    mapping,
    fields: importFields[entity].map(({ key, required }) => ({ key, required })),
    counts,
    ...capped(plan.issues),
    sample: shown.map((row) => ({ row, values: table.records[row - 2] ?? {} })),
  };
}

/** Upload → all-or-nothing import (see commitEntityImport). */
export async function commitEntityUpload(db: Db, viewer: TViewer, entity: TImportEntity, upload: TUpload) {
  const { table, mapping, locale } = entityUpload(entity, upload);
  const result = await commitEntityImport(db, { organizationId: viewer.organizationId, userId: viewer.userId, entity, table, mapping, locale });
  return { ...result, ...capped(result.issues) };
}

/** Upload of the four sample files → preview (commit false) or import. */
export async function datasetUploadImport(db: Db, viewer: TViewer, upload: TUpload, commit: boolean) {
  const tables = datasetUpload(upload);
  const result = await runDatasetImport(db, { organizationId: viewer.organizationId, userId: viewer.userId, tables, commit, usdRate: upload.fields.usdRate });
  return { ...result, ...capped(result.issues), files: Object.values(tables).map((t) => ({ fileName: t.fileName, rows: t.records.length })) };
}
