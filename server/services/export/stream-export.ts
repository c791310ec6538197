import type { Writable } from 'node:stream';
import { once } from 'node:events';
import Papa from 'papaparse';
import type { DbOrTx } from '~/db/client';
import { customersExport, leadsExport, opportunitiesExport, productsExport } from './export-crm';
import { invoicesExport, ordersExport, quotesExport } from './export-documents';
import type { TExportDefinition, TExportEntity } from './export-entity';

/** Rows read and written per chunk. */
const PAGE = 2000;

const definitions: Record<TExportEntity, TExportDefinition> = {
  customers: customersExport,
  products: productsExport,
  opportunities: opportunitiesExport,
  quotes: quotesExport,
  orders: ordersExport,
  invoices: invoicesExport,
  leads: leadsExport,
};

/**
 * Writes an organization's list as CSV to `out`, page by page (memory stays
 * one page whatever the size): a UTF-8 BOM so Excel reads accents, a header
 * line, CRLF line ends, quoting by papaparse. Returns the row count.
 */
export async function streamExport(db: DbOrTx, organizationId: string, entity: TExportEntity, out: Writable): Promise<number> {
  const { columns, page } = definitions[entity];
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(`\uFEFF${Papa.unparse({ fields: [...columns], data: [] })}\r\n`);
  let total = 0;
  for (let offset = 0; ; offset += PAGE) {
    const rows = await page(db, organizationId, offset, PAGE);
    if (rows.length > 0) await write(`${Papa.unparse(rows, { columns: [...columns], header: false, newline: '\r\n' })}\r\n`);
    total += rows.length;
    if (rows.length < PAGE) return total;
  }
}
