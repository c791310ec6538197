import { and, asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '~/db/client';
import { contacts, customers, leads, opportunities, users } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import { findCustomerMatches } from './find-customer-matches';

const owner = alias(users, 'owner');
const decider = alias(users, 'decider');

/**
 * One lead with the names of its owner, who decided it and what it was
 * linked to. For a lead still `new`, the customers it may match (by tax id or
 * exact legal name) and their contacts, for the qualify dialog.
 */
export async function getLead(db: DbOrTx, organizationId: string, id: string) {
  const [lead] = await db
    .select({
      lead: leads,
      ownerName: owner.name,
      decidedByName: decider.name,
      customerName: customers.legalName,
      contactName: contacts.fullName,
      opportunityTitle: opportunities.title,
    })
    .from(leads)
    .leftJoin(owner, eq(owner.id, leads.ownerId))
    .leftJoin(decider, eq(decider.id, leads.decidedBy))
    .leftJoin(customers, eq(customers.id, leads.customerId))
    .leftJoin(contacts, eq(contacts.id, leads.contactId))
    .leftJoin(opportunities, eq(opportunities.id, leads.opportunityId))
    .where(and(eq(leads.id, id), eq(leads.organizationId, organizationId)));
  if (!lead) throw new AppError('NOT_FOUND', { message: 'Lead not found.' });
  const { lead: row, ...names } = lead;
  if (row.status !== 'new') return { ...row, ...names, matches: [] };
  const found = await findCustomerMatches(db, organizationId, { legalName: row.companyName, country: row.country, taxId: row.taxId });
  const people = found.length
    ? await db
        .select({ id: contacts.id, customerId: contacts.customerId, fullName: contacts.fullName, email: contacts.email })
        .from(contacts)
        .where(and(eq(contacts.organizationId, organizationId), inArray(contacts.customerId, found.map((f) => f.id))))
        .orderBy(asc(contacts.fullName))
    : [];
  const matches = found.map((f) => ({ ...f, contacts: people.filter((p) => p.customerId === f.id) }));
  return { ...row, ...names, matches };
}
