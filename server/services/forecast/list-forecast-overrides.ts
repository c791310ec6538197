import { and, desc, eq, gte, sql } from 'drizzle-orm';
import type { Db } from '~/db/client';
import { forecastOverrides, users } from '~/db/schema';

/** Every override (history included), newest first, with who made it; optionally one owner and months from `fromMonth`. */
export async function listForecastOverrides(db: Db, organizationId: string, filter: { ownerId?: string; fromMonth?: string; limit: number }) {
  const rows = await db
    .select({
      id: forecastOverrides.id,
      ownerId: forecastOverrides.ownerId,
      month: sql<string>`to_char(${forecastOverrides.month}, 'YYYY-MM')`,
      category: forecastOverrides.category,
      amountMinor: forecastOverrides.amountMinor,
      originalMinor: forecastOverrides.originalMinor,
      currency: forecastOverrides.currency,
      note: forecastOverrides.note,
      byUserId: forecastOverrides.createdBy,
      byUserName: users.name,
      createdAt: forecastOverrides.createdAt,
    })
    .from(forecastOverrides)
    .leftJoin(users, eq(users.id, forecastOverrides.createdBy))
    .where(
      and(
        eq(forecastOverrides.organizationId, organizationId),
        filter.ownerId ? eq(forecastOverrides.ownerId, filter.ownerId) : undefined,
        filter.fromMonth ? gte(forecastOverrides.month, `${filter.fromMonth}-01`) : undefined,
      ),
    )
    .orderBy(desc(forecastOverrides.createdAt), desc(forecastOverrides.id))
    .limit(filter.limit);
  return rows.map((r) => ({ ...r, currency: r.currency.trim() }));
}
