import { and, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '~/db/client';
import { isUniqueViolation } from '~/db/errors';
import { priceLists } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import type { TPriceListCreateInput, TPriceListPatch } from '~/domain/schemas/catalog';
import { getPriceList } from './get-price-list';

const nameTaken = (name: string, cause: unknown) =>
  new AppError('CONFLICT', { message: `A price list named “${name}” already exists.`, cause, data: { field: 'name' } });

/**
 * Creates a price list (`id` null) or updates one, in one transaction. At most
 * one list is the default: marking a list default clears the flag on the
 * others. Validity must start before it ends, also when a patch moves one end.
 */
export async function savePriceList(db: Db, organizationId: string, id: string | null, input: TPriceListCreateInput | TPriceListPatch) {
  const savedId = await db
    .transaction(async (tx) => {
      let current: { validFrom: string | null; validTo: string | null } = { validFrom: null, validTo: null };
      if (id) {
        const [row] = await tx
          .select({ validFrom: priceLists.validFrom, validTo: priceLists.validTo })
          .from(priceLists)
          .where(and(eq(priceLists.id, id), eq(priceLists.organizationId, organizationId)))
          .for('update');
        if (!row) throw new AppError('NOT_FOUND', { message: 'Price list not found.' });
        current = row;
      }
      const from = input.validFrom !== undefined ? input.validFrom : current.validFrom;
      const to = input.validTo !== undefined ? input.validTo : current.validTo;
      if (from && to && from > to) throw new AppError('INVALID_INPUT', { message: 'The list must start before it ends.', data: { field: 'validTo' } });
      if (input.isDefault) {
        // Serializes concurrent "make default" calls of one organization, so two lists never both end up default.
        await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`price-list-default:${organizationId}`}))`);
        await tx
          .update(priceLists)
          .set({ isDefault: false, updatedAt: sql`now()` })
          .where(and(eq(priceLists.organizationId, organizationId), eq(priceLists.isDefault, true), id ? ne(priceLists.id, id) : undefined));
      }
      if (!id) {
        const [row] = await tx
          .insert(priceLists)
          .values({ ...(input as TPriceListCreateInput), organizationId })
          .returning({ id: priceLists.id });
        return row!.id;
      }
      await tx
        .update(priceLists)
        .set({ ...input, updatedAt: sql`now()` })
        .where(and(eq(priceLists.id, id), eq(priceLists.organizationId, organizationId)));
      return id;
    })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? nameTaken(input.name ?? '', error) : error;
    });
  return getPriceList(db, organizationId, savedId);
}
