import { parseMoneyInput } from '../../format/parse-money';
import { groupedWarning, sheetRow, type TImportIssue } from '../issue';
import { normalizeName } from '../normalize-name';
import type { TCsvTable } from '../parse-csv';
import { skuFromName } from '../product-row';

export type TPlannedProduct = { id: string; sku: string; name: string; family: string | null; unitPriceMinor: number; currency: 'USD' };

/**
 * products.csv → products: series → family, sales_price (USD) → cents, SKU
 * derived from the name ("GTX Pro" → GTX-PRO). A product whose SKU already is
 * in the catalogue is linked, not duplicated. `byName` lists every product
 * (new or linked) with its price, for the deals.
 */
export function planCatalogue(table: TCsvTable, existing: { id: string; sku: string; unitPriceMinor: number }[], newId: () => string) {
  const issues: TImportIssue[] = [];
  const file = table.fileName;
  const existingBySku = new Map(existing.map((p) => [p.sku.toUpperCase(), p]));
  const created: TPlannedProduct[] = [];
  const byName = new Map<string, { id: string; unitPriceMinor: number }>();
  const seen = new Map<string, number>();
  const linked: number[] = [];
  table.records.forEach((r, index) => {
    const at = sheetRow(index);
    const error = (column: string, message: string) => issues.push({ severity: 'error', file, row: at, column, message });
    const name = r.product ?? '';
    if (!name) return void error('product', 'is required');
    if (seen.has(normalizeName(name))) return void error('product', `"${name}" is also on row ${seen.get(normalizeName(name))}`);
    seen.set(normalizeName(name), at);
    const price = parseMoneyInput(r.sales_price ?? '', 'en', 2);
    if (price === null) return void error('sales_price', `"${r.sales_price}" is not a price in USD`);
    const sku = skuFromName(name);
    const current = existingBySku.get(sku);
    if (current) {
      linked.push(at);
      byName.set(name, { id: current.id, unitPriceMinor: current.unitPriceMinor });
      return;
    }
    const product: TPlannedProduct = { id: newId(), sku, name, family: r.series || null, unitPriceMinor: price, currency: 'USD' };
    created.push(product);
    byName.set(name, product);
  });
  if (linked.length) issues.push(groupedWarning(file, 'product', linked, 'SKU already in the catalogue: linked, not duplicated'));
  return { created, byName, productCount: seen.size, issues };
}
