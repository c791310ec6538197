import type { TImportContext } from './import-context';
import { sheetRow } from './issue';
import type { TCsvTable } from './parse-csv';
import { columnOf, parseRows } from './parse-rows';
import { productRowSchema } from './product-row';
import type { TColumnMapping } from './suggest-mapping';

/** Validates a product file: row schemas, then SKUs unique in the file and new to the organization. */
export function planProducts(table: TCsvTable, mapping: TColumnMapping, ctx: TImportContext) {
  const { rows, issues } = parseRows('products', table, mapping, productRowSchema(ctx));
  const existing = new Set(ctx.productSkus.map((s) => s.toUpperCase()));
  const seen = new Map<string, number>();
  const column = columnOf(mapping, 'sku');
  for (const { index, row } of rows) {
    const key = row.sku.toUpperCase();
    const at = sheetRow(index);
    if (existing.has(key)) issues.push({ severity: 'error', file: table.fileName, row: at, column, message: `SKU ${row.sku} already exists in the catalogue` });
    const first = seen.get(key);
    if (first) issues.push({ severity: 'error', file: table.fileName, row: at, column, message: `SKU ${row.sku} is also on row ${first}${mapping[column] ? '' : ' (derived from the name)'}` });
    else seen.set(key, at);
  }
  return { rows, issues };
}
