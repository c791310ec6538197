import type { z } from 'zod';
import { importFields, type TImportEntity } from './fields';
import { sheetRow, type TImportIssue } from './issue';
import type { TCsvTable } from './parse-csv';
import { applyMapping, type TColumnMapping } from './suggest-mapping';

/** A row that passed its schema, with its 0-based record index. */
export type TParsedRow<T> = { index: number; row: T };

/**
 * Runs every record through the entity's row schema. Unmapped fields read as
 * ''. Each schema issue becomes an error naming the file's column (the
 * header mapped to the field, else the field key) and the spreadsheet row.
 */
export function parseRows<T>(
  entity: TImportEntity,
  table: TCsvTable,
  mapping: TColumnMapping,
  schema: z.ZodType<T, unknown>,
): { rows: TParsedRow<T>[]; issues: TImportIssue[] } {
  const headerOf = new Map(Object.entries(mapping).flatMap(([header, key]) => (key ? [[key, header] as const] : [])));
  const blank = Object.fromEntries(importFields[entity].map((f) => [f.key, '']));
  const rows: TParsedRow<T>[] = [];
  const issues: TImportIssue[] = [...table.issues];
  table.records.forEach((record, index) => {
    const result = schema.safeParse({ ...blank, ...applyMapping(record, mapping) });
    if (result.success) return void rows.push({ index, row: result.data });
    for (const issue of result.error.issues) {
      const key = issue.path[0] === undefined ? null : String(issue.path[0]);
      issues.push({ severity: 'error', file: table.fileName, row: sheetRow(index), column: key ? (headerOf.get(key) ?? key) : null, message: issue.message });
    }
  });
  return { rows, issues };
}

/** The header mapped to `key`, for messages about a field. */
export function columnOf(mapping: TColumnMapping, key: string): string {
  return Object.entries(mapping).find(([, k]) => k === key)?.[0] ?? key;
}
