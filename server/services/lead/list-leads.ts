import { and, count, desc, eq, ilike, isNull, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '~/db/client';
import { customers, leads, users } from '~/db/schema';
import type { TLeadListInput } from '~/domain/schemas/lead';

const owner = alias(users, 'owner');

/**
 * One page of the organization's leads, newest first, with the owner's and
 * linked customer's names, the total matching and counts per status (for the
 * filter tabs, ignoring the status filter).
 */
export async function listLeads(db: DbOrTx, organizationId: string, input: TLeadListInput) {
  const base: SQL[] = [eq(leads.organizationId, organizationId)];
  if (input.ownerId === 'none') base.push(isNull(leads.ownerId));
  else if (input.ownerId) base.push(eq(leads.ownerId, input.ownerId));
  if (input.search) {
    const pattern = `%${input.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    base.push(or(ilike(leads.fullName, pattern), ilike(leads.companyName, pattern), ilike(leads.email, pattern), ilike(leads.taxId, pattern))!);
  }
  const where = and(...base, input.status ? eq(leads.status, input.status) : undefined);
  const [rows, [total], byStatus] = await Promise.all([
    db
      .select({
        id: leads.id,
        fullName: leads.fullName,
        companyName: leads.companyName,
        email: leads.email,
        phone: leads.phone,
        country: leads.country,
        source: leads.source,
        status: leads.status,
        ownerId: leads.ownerId,
        ownerName: owner.name,
        customerId: leads.customerId,
        customerName: customers.legalName,
        opportunityId: leads.opportunityId,
        disqualifyReason: leads.disqualifyReason,
        createdAt: leads.createdAt,
        decidedAt: leads.decidedAt,
      })
      .from(leads)
      .leftJoin(owner, eq(owner.id, leads.ownerId))
      .leftJoin(customers, eq(customers.id, leads.customerId))
      .where(where)
      .orderBy(desc(leads.createdAt), leads.id)
      .limit(input.limit)
      .offset(input.offset),
    db.select({ n: count() }).from(leads).where(where),
    db.select({ status: leads.status, n: count() }).from(leads).where(and(...base)).groupBy(leads.status),
  ]);
  const counts = { new: 0, qualified: 0, disqualified: 0 };
  for (const row of byStatus) counts[row.status] = row.n;
  return { rows, total: total?.n ?? 0, counts };
}
