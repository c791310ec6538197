import { importFields, type TImportEntity } from './fields';
import { normalizeName } from './normalize-name';

/** CSV header → target field key, or null to ignore the column. */
export type TColumnMapping = Record<string, string | null>;

/**
 * Suggests a mapping from the header names: a header maps to the first field
 * whose key or synonym (English or Spanish, accents and punctuation ignored)
 * equals it. Each field is used once; the first matching header wins.
 */
export function suggestMapping(entity: TImportEntity, headers: readonly string[]): TColumnMapping {
  const used = new Set<string>();
  const mapping: TColumnMapping = {};
  for (const header of headers) {
    const key = normalizeName(header);
    const match = importFields[entity].find((f) => !used.has(f.key) && f.synonyms.some((s) => normalizeName(s) === key));
    mapping[header] = match?.key ?? null;
    if (match) used.add(match.key);
  }
  return mapping;
}

/**
 * Problems with a mapping the user chose: unknown headers or fields, a field
 * used twice, required fields left out. Empty when the mapping is usable.
 */
export function checkMapping(entity: TImportEntity, headers: readonly string[], mapping: TColumnMapping): string[] {
  const fields = importFields[entity];
  const problems: string[] = [];
  const mappedTo = new Map<string, string>();
  for (const [header, key] of Object.entries(mapping)) {
    if (!headers.includes(header)) problems.push(`The mapping names a column "${header}" that the file does not have.`);
    if (key === null) continue;
    if (!fields.some((f) => f.key === key)) problems.push(`"${key}" is not a field of ${entity}.`);
    const other = mappedTo.get(key);
    if (other) problems.push(`Both "${other}" and "${header}" are mapped to ${key}; keep one.`);
    mappedTo.set(key, header);
  }
  for (const f of fields.filter((f) => f.required && !mappedTo.has(f.key))) problems.push(`Map a column to ${f.key}: it is required.`);
  return problems;
}

/** The record's values by field key (unmapped fields absent), and the header each came from. */
export function applyMapping(record: Record<string, string>, mapping: TColumnMapping): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [header, key] of Object.entries(mapping)) if (key) values[key] = record[header] ?? '';
  return values;
}
