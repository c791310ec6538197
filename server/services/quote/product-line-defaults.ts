import { and, eq, gte, inArray, isNull, lte, or, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { customers, priceListItems, priceLists, products } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import { lineDefaults, type TLineDefaults } from '~/domain/documents/line-defaults';

export type TProductRow = typeof products.$inferSelect;
/** A product with the line it would add to a quote; `priceMissing` when no price in the quote's currency exists. */
export type TProductLine = { product: TProductRow; defaults: TLineDefaults; priceMissing: boolean };
type TQuoteContext = { organizationId: string; customerId: string; currency: string; issueDate: string };

/**
 * The default line (see lineDefaults) for each product on a quote: the
 * customer's price list, else the organization's default list, else the
 * product price; only lists in the quote's currency and valid on its issue
 * date count. The customer's discount applies; the product's tax rate.
 */
export async function productLineDefaults(db: DbOrTx, quote: TQuoteContext, productIds: readonly string[]): Promise<Map<string, TProductLine>> {
  const result = new Map<string, TProductLine>();
  if (!productIds.length) return result;
  const { organizationId } = quote;
  const [customer] = await db
    .select({ discountBps: customers.discountBps, paymentTermsDays: customers.paymentTermsDays, priceListId: customers.priceListId })
    .from(customers)
    .where(and(eq(customers.id, quote.customerId), eq(customers.organizationId, organizationId)));
  if (!customer) throw new AppError('NOT_FOUND', { message: 'The quote’s customer no longer exists.' });
  const rows = await db
    .select()
    .from(products)
    .where(and(eq(products.organizationId, organizationId), inArray(products.id, [...productIds])));
  const lists = await db
    .select({ id: priceLists.id, isDefault: priceLists.isDefault })
    .from(priceLists)
    .where(and(eq(priceLists.organizationId, organizationId), eq(priceLists.currency, quote.currency), validOn(quote.issueDate), whichLists(customer.priceListId)));
  const customerList = lists.find((l) => l.id === customer.priceListId)?.id;
  const defaultList = lists.find((l) => l.isDefault && l.id !== customer.priceListId)?.id;
  const items = lists.length
    ? await db
        .select({ priceListId: priceListItems.priceListId, productId: priceListItems.productId, unitPriceMinor: priceListItems.unitPriceMinor })
        .from(priceListItems)
        .where(and(eq(priceListItems.organizationId, organizationId), inArray(priceListItems.priceListId, lists.map((l) => l.id)), inArray(priceListItems.productId, [...productIds])))
    : [];
  const priceOn = (listId: string | undefined, productId: string) => items.find((i) => i.priceListId === listId && i.productId === productId)?.unitPriceMinor ?? null;
  for (const product of rows) {
    const defaults = lineDefaults({ product, priceListPrice: priceOn(customerList, product.id), defaultListPrice: priceOn(defaultList, product.id), customer });
    result.set(product.id, { product, defaults, priceMissing: defaults.priceSource === 'product' && product.currency !== quote.currency });
  }
  return result;
}

function validOn(day: string): SQL {
  return and(or(isNull(priceLists.validFrom), lte(priceLists.validFrom, day)), or(isNull(priceLists.validTo), gte(priceLists.validTo, day)))!;
}

function whichLists(customerListId: string | null): SQL {
  return customerListId ? or(eq(priceLists.isDefault, true), eq(priceLists.id, customerListId))! : eq(priceLists.isDefault, true);
}
