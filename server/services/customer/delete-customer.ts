import { and, count, eq } from 'drizzle-orm';
import type { Db } from '~/db/client';
import { customers, invoices, orders, quotes } from '~/db/schema';
import { AppError } from '~/domain/app-error';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Deletes a customer and, by cascade, its contacts. Refused (CONFLICT) while
 * any quote, order or invoice points at it: those are legal records and keep
 * their customer. Opportunities and leads stay, without the customer link.
 */
export async function deleteCustomer(db: Db, organizationId: string, id: string) {
  return db.transaction(async (tx) => {
    const [customer] = await tx
      .select({ id: customers.id, legalName: customers.legalName })
      .from(customers)
      .where(and(eq(customers.id, id), eq(customers.organizationId, organizationId)))
      .for('update');
    if (!customer) throw new AppError('NOT_FOUND', { message: 'Customer not found.' });
    const countOf = async (table: typeof quotes | typeof orders | typeof invoices) => {
      const [row] = await tx
        .select({ n: count() })
        .from(table)
        .where(and(eq(table.organizationId, organizationId), eq(table.customerId, id)));
      return row?.n ?? 0;
    };
    const [q, o, i] = [await countOf(quotes), await countOf(orders), await countOf(invoices)];
    if (q + o + i > 0) {
      const parts = [q && plural(q, 'quote', 'quotes'), o && plural(o, 'order', 'orders'), i && plural(i, 'invoice', 'invoices')].filter(Boolean);
      throw new AppError('CONFLICT', {
        message: `${customer.legalName} cannot be deleted: it has ${parts.join(', ')}. Documents keep their customer.`,
        data: { quotes: q, orders: o, invoices: i },
      });
    }
    await tx.delete(customers).where(and(eq(customers.id, id), eq(customers.organizationId, organizationId)));
    return { id };
  });
}
