import { eq, sql } from 'drizzle-orm';
import type { Db } from '~/db/client';
import { quoteLines } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import { lineTotals } from '~/domain/money/line-totals';
import type { TQuoteAddLineInput } from '~/domain/schemas/quote';
import type { TPublish } from '~/server/trpc/context';
import type { TViewer } from '../viewer';
import { editQuoteLines } from './edit-quote-lines';
import { productLineDefaults } from './product-line-defaults';
import { definedOnly } from './quote-line-helpers';

/** Adds a line at the end: from a product (price list, customer discount, tax rate; given fields override) or free text. */
export function addQuoteLine(db: Db, viewer: TViewer, input: TQuoteAddLineInput, publish: TPublish) {
  return editQuoteLines(db, viewer, input.quoteId, input.version, publish, async (tx, quote) => {
    const { line } = input;
    let base = { description: line.description, unitPriceMinor: line.unitPriceMinor, discountBps: line.discountBps, taxRateBps: line.taxRateBps };
    if (line.productId) {
      const found = (await productLineDefaults(tx, quote, [line.productId])).get(line.productId);
      if (!found) throw new AppError('NOT_FOUND', { message: 'Product not found.' });
      if (!found.product.active) throw new AppError('INVALID_INPUT', { message: `${found.product.name} is no longer sold (inactive product).` });
      if (found.priceMissing && line.unitPriceMinor === undefined) {
        throw new AppError('INVALID_INPUT', { message: `${found.product.name} has no price in ${quote.currency}; enter the unit price.` });
      }
      base = { ...found.defaults, ...definedOnly(base) };
    }
    const [last] = await tx.select({ position: sql<number>`coalesce(max(${quoteLines.position}), 0)::int` }).from(quoteLines).where(eq(quoteLines.quoteId, quote.id));
    const values = { description: base.description!, quantity: line.quantity, unitPriceMinor: base.unitPriceMinor!, discountBps: base.discountBps ?? 0, taxRateBps: base.taxRateBps! };
    await tx.insert(quoteLines).values({ ...values, ...lineTotals(values), organizationId: viewer.organizationId, quoteId: quote.id, productId: line.productId, position: Number(last?.position ?? 0) + 1 });
  });
}

