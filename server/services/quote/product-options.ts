import { and, asc, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { products, quotes } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import type { TQuoteProductOptionsInput } from '~/domain/schemas/quote';
import { productLineDefaults } from './product-line-defaults';

/**
 * The product picker of a quote's line editor: active products matching the
 * search (name, SKU or family), each with the price, discount and tax rate a
 * line would get for this quote's customer.
 */
export async function productOptions(db: DbOrTx, organizationId: string, input: TQuoteProductOptionsInput) {
  const [quote] = await db
    .select({ organizationId: quotes.organizationId, customerId: quotes.customerId, currency: quotes.currency, issueDate: quotes.issueDate })
    .from(quotes)
    .where(and(eq(quotes.id, input.quoteId), eq(quotes.organizationId, organizationId)));
  if (!quote) throw new AppError('NOT_FOUND', { message: 'Quote not found.' });
  const filters: SQL[] = [eq(products.organizationId, organizationId), eq(products.active, true)];
  if (input.search) {
    const pattern = `%${input.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    filters.push(or(ilike(products.name, pattern), ilike(products.sku, pattern), ilike(products.family, pattern))!);
  }
  const found = await db.select({ id: products.id }).from(products).where(and(...filters)).orderBy(asc(products.name)).limit(input.limit);
  const defaults = await productLineDefaults(db, quote, found.map((p) => p.id));
  return found.flatMap(({ id }) => {
    const option = defaults.get(id);
    if (!option) return [];
    const { product } = option;
    return [{ id, sku: product.sku, name: product.name, family: product.family, kind: product.kind, ...option.defaults, priceMissing: option.priceMissing }];
  });
}
