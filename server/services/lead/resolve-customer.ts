import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '~/db/client';
import { contacts, customers } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import type { TLeadQualifyInput } from '~/domain/schemas/lead';
import { checkedTaxId } from '../customer/checked-tax-id';
import { findCustomerMatches } from './find-customer-matches';

type TLeadRow = { companyName: string; fullName: string; email: string | null; phone: string | null };

/**
 * The customer a qualified lead belongs to: the one picked, or a new one;
 * a "new" company that matches an existing customer by tax id or exact legal
 * name is linked instead, so qualifying never creates a duplicate.
 */
export async function resolveCustomer(tx: Tx, organizationId: string, choice: TLeadQualifyInput['customer']) {
  if (choice.mode === 'existing') {
    const [row] = await tx
      .select({ id: customers.id })
      .from(customers)
      .where(and(eq(customers.id, choice.customerId), eq(customers.organizationId, organizationId)));
    if (!row) throw new AppError('NOT_FOUND', { message: 'Customer not found.' });
    return { id: row.id, created: false };
  }
  const taxId = checkedTaxId(choice.country, choice.taxId);
  const [match] = await findCustomerMatches(tx, organizationId, { legalName: choice.legalName, country: choice.country, taxId });
  if (match) return { id: match.id, created: false };
  const [row] = await tx
    .insert(customers)
    .values({ organizationId, legalName: choice.legalName, country: choice.country, taxId })
    .returning({ id: customers.id });
  return { id: row!.id, created: true };
}

/**
 * The contact: the one picked (it must belong to the customer), or a new one;
 * a new contact with the same e-mail as one of the customer's is linked instead.
 */
export async function resolveContact(tx: Tx, organizationId: string, customerId: string, choice: TLeadQualifyInput['contact'], lead: TLeadRow) {
  if (choice.mode === 'existing') {
    const [row] = await tx
      .select({ id: contacts.id })
      .from(contacts)
      .where(and(eq(contacts.id, choice.contactId), eq(contacts.organizationId, organizationId), eq(contacts.customerId, customerId)));
    if (!row) throw new AppError('INVALID_INPUT', { message: 'That contact does not belong to the chosen customer.', data: { field: 'contactId' } });
    return { id: row.id, created: false };
  }
  const { mode: _mode, ...fields } = choice;
  const email = fields.email ?? lead.email;
  if (email) {
    const [same] = await tx
      .select({ id: contacts.id })
      .from(contacts)
      .where(and(eq(contacts.organizationId, organizationId), eq(contacts.customerId, customerId), sql`lower(${contacts.email}) = ${email.toLowerCase()}`));
    if (same) return { id: same.id, created: false };
  }
  const [row] = await tx
    .insert(contacts)
    .values({ organizationId, customerId, fullName: fields.fullName, jobTitle: fields.jobTitle ?? null, email, phone: fields.phone ?? lead.phone })
    .returning({ id: contacts.id });
  return { id: row!.id, created: true };
}
