import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TDatasetTables } from '~/domain/import/dataset/dataset-files';
import { parseCsv } from '~/domain/import/parse-csv';

/**
 * A byte-for-byte copy of the public CRM sample data set
 * (../shared/data/crm-sales-opportunities, see its SOURCE.md), kept in the
 * repository so tests find it in any checkout, CI included.
 */
export const SAMPLE_DATASET_DIR = path.join(import.meta.dirname, 'data', 'crm-sales-opportunities');

/** One file of the data set as text. */
export const readSampleFile = (file: string) => readFileSync(path.join(SAMPLE_DATASET_DIR, file), 'utf8');

/** The four files parsed as the importer receives them. */
export function sampleDatasetTables(): TDatasetTables {
  const read = (name: 'accounts' | 'products' | 'sales_teams' | 'sales_pipeline') => parseCsv(`${name}.csv`, readSampleFile(`${name}.csv`));
  return { accounts: read('accounts'), products: read('products'), sales_teams: read('sales_teams'), sales_pipeline: read('sales_pipeline') };
}
