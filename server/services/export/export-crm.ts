import { asc, eq, sql } from 'drizzle-orm';
import { customers, leads, opportunities, organizations, pipelines, products, stages, users } from '~/db/schema';
import { bpsToPercentString, minorToDecimalString } from '~/domain/export/decimal-string';
import { isoDay, type TExportDefinition } from './export-entity';

/** Customers with the import's column names, so an export can be re-imported. */
export const customersExport: TExportDefinition = {
  columns: ['legal_name', 'trade_name', 'tax_id', 'country', 'address_line', 'city', 'region', 'postal_code', 'sector', 'email', 'phone', 'website', 'payment_terms_days', 'year_established', 'employees', 'annual_revenue', 'currency', 'parent_customer', 'created_at'],
  page: async (db, organizationId, offset, limit) => {
    const rows = await db
      .select({ c: customers, parentName: sql<string | null>`(select p.legal_name from customers p where p.id = ${customers.parentCustomerId})`, currency: organizations.currency })
      .from(customers)
      .innerJoin(organizations, eq(organizations.id, customers.organizationId))
      .where(eq(customers.organizationId, organizationId))
      .orderBy(asc(customers.legalName), asc(customers.id))
      .offset(offset)
      .limit(limit);
    return rows.map(({ c, parentName, currency }) => ({
      legal_name: c.legalName, trade_name: c.tradeName, tax_id: c.taxId, country: c.country, address_line: c.addressLine, city: c.city, region: c.region,
      postal_code: c.postalCode, sector: c.sector, email: c.email, phone: c.phone, website: c.website, payment_terms_days: c.paymentTermsDays,
      year_established: c.yearEstablished, employees: c.employees, annual_revenue: c.annualRevenueMinor === null ? null : minorToDecimalString(c.annualRevenueMinor, currency),
      currency, parent_customer: parentName, created_at: isoDay(c.createdAt),
    }));
  },
};

export const productsExport: TExportDefinition = {
  columns: ['sku', 'name', 'family', 'kind', 'unit_price', 'currency', 'tax_rate', 'active'],
  page: async (db, organizationId, offset, limit) => {
    const rows = await db.select().from(products).where(eq(products.organizationId, organizationId)).orderBy(asc(products.sku), asc(products.id)).offset(offset).limit(limit);
    return rows.map((p) => ({ sku: p.sku, name: p.name, family: p.family, kind: p.kind, unit_price: minorToDecimalString(p.unitPriceMinor, p.currency), currency: p.currency, tax_rate: bpsToPercentString(p.taxRateBps), active: p.active ? 'yes' : 'no' }));
  },
};

/** Opportunities; owner by e-mail and customer by name, as the importer reads them. */
export const opportunitiesExport: TExportDefinition = {
  columns: ['title', 'customer', 'owner', 'pipeline', 'stage', 'status', 'amount', 'currency', 'probability', 'expected_close_date', 'engage_date', 'external_ref', 'type', 'source', 'lost_reason', 'closed_at', 'created_at'],
  page: async (db, organizationId, offset, limit) => {
    const rows = await db
      .select({ o: opportunities, customer: customers.legalName, owner: users.email, pipeline: pipelines.name, stage: stages.name })
      .from(opportunities)
      .leftJoin(customers, eq(customers.id, opportunities.customerId))
      .innerJoin(users, eq(users.id, opportunities.ownerId))
      .innerJoin(pipelines, eq(pipelines.id, opportunities.pipelineId))
      .innerJoin(stages, eq(stages.id, opportunities.stageId))
      .where(eq(opportunities.organizationId, organizationId))
      .orderBy(asc(opportunities.expectedCloseDate), asc(opportunities.id))
      .offset(offset)
      .limit(limit);
    return rows.map(({ o, ...names }) => ({
      title: o.title, ...names, status: o.status, amount: minorToDecimalString(o.amountMinor, o.currency), currency: o.currency, probability: o.probability,
      expected_close_date: o.expectedCloseDate, engage_date: o.engageDate, external_ref: o.externalRef, type: o.type, source: o.source, lost_reason: o.lostReason,
      closed_at: isoDay(o.closedAt), created_at: isoDay(o.createdAt),
    }));
  },
};

export const leadsExport: TExportDefinition = {
  columns: ['full_name', 'company_name', 'email', 'phone', 'country', 'tax_id', 'source', 'status', 'disqualify_reason', 'owner', 'notes', 'created_at'],
  page: async (db, organizationId, offset, limit) => {
    const rows = await db
      .select({ l: leads, owner: users.email })
      .from(leads)
      .leftJoin(users, eq(users.id, leads.ownerId))
      .where(eq(leads.organizationId, organizationId))
      .orderBy(asc(leads.createdAt), asc(leads.id))
      .offset(offset)
      .limit(limit);
    return rows.map(({ l, owner }) => ({
      full_name: l.fullName, company_name: l.companyName, email: l.email, phone: l.phone, country: l.country, tax_id: l.taxId, source: l.source,
      status: l.status, disqualify_reason: l.disqualifyReason, owner, notes: l.notes, created_at: isoDay(l.createdAt),
    }));
  },
};
