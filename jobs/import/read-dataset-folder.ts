import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { datasetFiles, type TDatasetTables } from '~/domain/import/dataset/dataset-files';
import { parseCsv } from '~/domain/import/parse-csv';

/** Reads and parses the four data set files of a folder; a missing file stays absent (the plan reports it). */
export function readDatasetFolder(folder: string): Partial<TDatasetTables> {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new Error(`${folder} is not a folder.`);
  const tables: Partial<TDatasetTables> = {};
  for (const file of Object.keys(datasetFiles) as (keyof TDatasetTables)[]) {
    const full = path.join(folder, `${file}.csv`);
    if (existsSync(full)) tables[file] = parseCsv(`${file}.csv`, readFileSync(full, 'utf8'));
  }
  return tables;
}
