import { z } from 'zod';
import { AppError } from '~/domain/app-error';
import { datasetFileOf, datasetFiles, type TDatasetTables } from '~/domain/import/dataset/dataset-files';
import type { TImportEntity } from '~/domain/import/fields';
import { parseCsv, type TCsvTable } from '~/domain/import/parse-csv';
import { suggestMapping, type TColumnMapping } from '~/domain/import/suggest-mapping';
import type { TUpload } from '~/server/http/read-upload';

const ZMappingSchema = z.record(z.string().max(200), z.string().max(60).nullable(), { error: 'mapping must be an object { "CSV header": "field" | null }' });
const ZLocaleSchema = z.enum(['es', 'en'], { error: 'locale must be es or en' }).optional();

/** The single CSV of an entity upload, its mapping (sent, else suggested) and number locale. */
export function entityUpload(entity: TImportEntity, upload: TUpload): { table: TCsvTable; mapping: TColumnMapping; locale?: 'es' | 'en' } {
  if (upload.files.length !== 1) throw new AppError('INVALID_INPUT', { message: `Upload exactly one CSV file (got ${upload.files.length}).` });
  const file = upload.files[0]!;
  const table = parseCsv(file.name, file.text);
  let mapping = suggestMapping(entity, table.headers);
  if (upload.fields.mapping) {
    let json: unknown;
    try {
      json = JSON.parse(upload.fields.mapping);
    } catch {
      throw new AppError('INVALID_INPUT', { message: 'mapping is not valid JSON.' });
    }
    const parsed = ZMappingSchema.safeParse(json);
    if (!parsed.success) throw new AppError('INVALID_INPUT', { message: parsed.error.issues[0]!.message });
    mapping = parsed.data;
  }
  const locale = ZLocaleSchema.safeParse(upload.fields.locale || undefined);
  if (!locale.success) throw new AppError('INVALID_INPUT', { message: locale.error.issues[0]!.message });
  return { table, mapping, locale: locale.data };
}

/** The four data set files, recognized by name (accounts.csv, products.csv, sales_teams.csv, sales_pipeline.csv). */
export function datasetUpload(upload: TUpload): Partial<TDatasetTables> {
  const tables: Partial<TDatasetTables> = {};
  for (const file of upload.files) {
    const key = datasetFileOf(file.name);
    if (!key) throw new AppError('INVALID_INPUT', { message: `${file.name} is not one of ${Object.keys(datasetFiles).map((f) => `${f}.csv`).join(', ')}.` });
    if (tables[key]) throw new AppError('INVALID_INPUT', { message: `${key}.csv was uploaded twice.` });
    tables[key] = parseCsv(file.name, file.text);
  }
  return tables;
}
