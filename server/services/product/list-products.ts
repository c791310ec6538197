import { and, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { products } from '~/db/schema';
import type { TProductListInput } from '~/domain/schemas/catalog';

/** A page of the catalogue (active only unless asked), by family then name, plus the families in use. */
export async function listProducts(db: DbOrTx, organizationId: string, input: TProductListInput) {
  const filters: SQL[] = [eq(products.organizationId, organizationId)];
  if (!input.includeArchived) filters.push(eq(products.active, true));
  if (input.family) filters.push(eq(products.family, input.family));
  if (input.search) {
    const pattern = `%${input.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    filters.push(or(ilike(products.sku, pattern), ilike(products.name, pattern), ilike(products.family, pattern))!);
  }
  const where = and(...filters);
  const [rows, [total], families] = await Promise.all([
    db.select().from(products).where(where).orderBy(asc(products.family), asc(products.name)).limit(input.limit).offset(input.offset),
    db.select({ n: count() }).from(products).where(where),
    db
      .selectDistinct({ family: products.family })
      .from(products)
      .where(eq(products.organizationId, organizationId))
      .orderBy(asc(products.family)),
  ]);
  return { rows, total: total?.n ?? 0, families: families.map((f) => f.family).filter((f): f is string => !!f) };
}
