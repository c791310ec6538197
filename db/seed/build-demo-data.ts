import { createRandom } from '~/domain/random';
import { buildCatalogue } from './build-catalogue';
import { buildCustomers } from './build-customers';
import { buildInvoices } from './build-invoices';
import { buildLeads } from './build-leads';
import { buildOpportunities } from './build-opportunities';
import { buildOrders } from './build-orders';
import { buildOrganization } from './build-organization';
import { buildQuotas } from './build-quotas';
import { buildQuotes } from './build-quotes';
import { dayAnchor, monthStart } from './calendar';
import { setCustomerDates } from './customer-dates';
import type { TDealContext } from './deal-basics';
import { documentPrefix } from '~/domain/documents/document-number';
import { assignNumbers } from './numbering';
import { planClosedDeals } from './plan-closed-deals';
import { planOpenDeals } from './plan-open-deals';
import type { TDemoData } from './types';

/**
 * Every row of the demo organization, computed without I/O. Deterministic for
 * a given UTC day of `now` (see {@link dayAnchor}): any instant of the same
 * day yields identical data, only `passwordHash` (salted) differs between
 * runs. The organization, people, customers and products depend on the month
 * only, so every day of a month has the same cast. Each concern draws from
 * its own seeded stream, so changing one generator leaves the others' data
 * unchanged.
 */
export function buildDemoData(now: Date, passwordHash: string): TDemoData {
  const anchor = dayAnchor(now);
  const org = buildOrganization(monthStart(anchor), passwordHash);
  const organizationId = org.organization.id;
  const orgCreatedAt = org.organization.createdAt!;
  const customers = buildCustomers(organizationId);
  const catalogue = buildCatalogue(organizationId, orgCreatedAt);

  const ctx: TDealContext = {
    random: createRandom('dealflow-demo:deals'),
    anchor,
    reps: org.reps,
    customers: customers.seeds,
    pipelines: catalogue.pipelinesByKey,
  };
  const plans = [...planClosedDeals(ctx), ...planOpenDeals(ctx)];
  setCustomerDates(createRandom('dealflow-demo:customer-dates'), customers, plans, orgCreatedAt, anchor);

  const documents = createRandom('dealflow-demo:documents');
  const quotes = buildQuotes(documents, plans, catalogue.productsBySku, organizationId, anchor);
  const accepted = quotes.filter((q) => q.row.status === 'accepted');
  const orders = buildOrders(documents, accepted, organizationId, anchor, org.manager.id);
  const invoices = buildInvoices(documents, orders, organizationId, anchor);
  assignNumbers(quotes.map((q) => q.row), documentPrefix.quote, (q) => q.issueDate);
  assignNumbers(orders.map((o) => o.row), documentPrefix.order, (o) => o.orderDate);
  assignNumbers(invoices.map((i) => i.row), documentPrefix.invoice, (i) => i.issueDate);

  // After the quotes: won deals take their accepted quote's net as amount.
  const history = buildOpportunities(createRandom('dealflow-demo:history'), plans, organizationId, org.manager.id, anchor);
  return {
    users: org.users,
    organizations: [org.organization],
    accounts: org.accounts,
    members: org.members,
    teams: org.teams,
    teamMembers: org.teamMembers,
    customers: customers.customers,
    contacts: customers.contacts,
    products: catalogue.products,
    pipelines: catalogue.pipelines,
    stages: catalogue.stages,
    opportunities: history.opportunities,
    opportunityEvents: history.opportunityEvents,
    quotes: quotes.map((q) => q.row),
    quoteLines: quotes.flatMap((q) => q.lines.map((line) => ({ ...line, organizationId, quoteId: q.row.id! }))),
    orders: orders.map((o) => o.row),
    orderLines: orders.flatMap((o) => o.lines),
    orderStatusChanges: orders.flatMap((o) => o.statusChanges),
    invoices: invoices.map((i) => i.row),
    invoiceLines: invoices.flatMap((i) => i.lines),
    quotas: buildQuotas(createRandom('dealflow-demo:quotas'), org.reps, plans, organizationId, anchor),
    leads: buildLeads(createRandom('dealflow-demo:leads'), org.reps, plans, organizationId, anchor),
  };
}
