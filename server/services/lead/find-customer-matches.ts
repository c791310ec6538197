import { and, eq, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { customers } from '~/db/schema';
import { validateTaxId } from '~/domain/tax-ids/validate-tax-id';

/**
 * Existing customers a lead's company may be: the same tax id (compared in
 * its printed form for the country, so "b-1234567-4" finds B12345674) or
 * exactly the same legal name, ignoring case and surrounding spaces.
 * Tax-id matches come first.
 */
export async function findCustomerMatches(db: DbOrTx, organizationId: string, company: { legalName: string; country: string | null; taxId: string | null }) {
  const checked = company.taxId && company.country ? validateTaxId(company.country, company.taxId) : null;
  const taxId = checked?.ok ? checked.value : company.taxId?.trim().toUpperCase() || null;
  const byName = sql`lower(trim(${customers.legalName})) = lower(trim(${company.legalName}))`;
  const rows = await db
    .select({ id: customers.id, legalName: customers.legalName, taxId: customers.taxId, country: customers.country, city: customers.city })
    .from(customers)
    .where(and(eq(customers.organizationId, organizationId), taxId ? or(eq(customers.taxId, taxId), byName) : byName))
    .limit(10);
  return rows
    .map((row) => ({ ...row, matchedBy: taxId && row.taxId === taxId ? ('taxId' as const) : ('legalName' as const) }))
    .sort((a, b) => (a.matchedBy === b.matchedBy ? a.legalName.localeCompare(b.legalName) : a.matchedBy === 'taxId' ? -1 : 1));
}
