import type { DbOrTx } from '~/db/client';
import { insertJsonRows } from '~/db/import/insert-json-rows';
import * as t from '~/db/schema';
import { syncDocumentCounters } from '~/db/queries/sync-document-counters';
import type { TDemoData } from './types';

/** Inserts all demo rows in foreign-key order, in chunks. */
export async function writeDemoData(tx: DbOrTx, data: TDemoData): Promise<void> {
  await insertJsonRows(tx, t.users, data.users);
  await insertJsonRows(tx, t.organizations, data.organizations);
  await insertJsonRows(tx, t.accounts, data.accounts);
  await insertJsonRows(tx, t.members, data.members);
  await insertJsonRows(tx, t.teams, data.teams);
  await insertJsonRows(tx, t.teamMembers, data.teamMembers);
  await insertJsonRows(tx, t.customers, data.customers);
  await insertJsonRows(tx, t.contacts, data.contacts);
  await insertJsonRows(tx, t.products, data.products);
  await insertJsonRows(tx, t.pipelines, data.pipelines);
  await insertJsonRows(tx, t.stages, data.stages);
  await insertJsonRows(tx, t.opportunities, data.opportunities);
  await insertJsonRows(tx, t.opportunityEvents, data.opportunityEvents);
  await insertJsonRows(tx, t.quotes, data.quotes);
  await insertJsonRows(tx, t.quoteLines, data.quoteLines);
  await insertJsonRows(tx, t.orders, data.orders);
  await insertJsonRows(tx, t.orderLines, data.orderLines);
  await insertJsonRows(tx, t.orderStatusChanges, data.orderStatusChanges);
  await insertJsonRows(tx, t.invoices, data.invoices);
  await insertJsonRows(tx, t.invoiceLines, data.invoiceLines);
  await insertJsonRows(tx, t.quotas, data.quotas);
  await insertJsonRows(tx, t.leads, data.leads);
  for (const organization of data.organizations) await syncDocumentCounters(tx, organization.id);
}
