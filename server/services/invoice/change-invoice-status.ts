import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '~/db/client';
import { invoices } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import { assertInvoiceTransition, type TInvoiceStatus } from '~/domain/documents/invoice-status';
import type { TInvoiceActionInput } from '~/domain/schemas/invoice';
import type { TPublish } from '~/server/trpc/context';
import { publishDocChanged } from '../document-chain/publish-doc-changed';
import { lockOrder } from '../order/lock-order';
import type { TViewer } from '../viewer';
import { getInvoice } from './get-invoice';
import { syncOrderInvoiced } from './sync-order-invoiced';

type TInvoiceTarget = Exclude<TInvoiceStatus, 'draft'>;

/** Authorizes a draft invoice: it is issued, and counts toward the order being invoiced. */
export const authorizeInvoice = (db: Db, viewer: TViewer, input: TInvoiceActionInput, publish: TPublish) =>
  changeInvoiceStatus(db, viewer, input, 'authorized', publish);
/** Marks an authorized invoice paid (paidAt = now). */
export const markInvoicePaid = (db: Db, viewer: TViewer, input: TInvoiceActionInput, publish: TPublish) =>
  changeInvoiceStatus(db, viewer, input, 'paid', publish);
/** Cancels a draft or authorized invoice; its quantities become invoiceable again. */
export const cancelInvoice = (db: Db, viewer: TViewer, input: TInvoiceActionInput, publish: TPublish) =>
  changeInvoiceStatus(db, viewer, input, 'cancelled', publish);

/**
 * Moves an invoice to `to` in one transaction: locks its order first, then
 * the invoice (always in that order, as invoice creation does, so they
 * cannot deadlock), checks the version (CONFLICT when stale) and the
 * transition (INVALID_INPUT), and keeps the order's 'invoiced' state in
 * line (see syncOrderInvoiced). After the commit: notifications and
 * `doc:changed` for the invoice and, if it changed, the order.
 */
async function changeInvoiceStatus(db: Db, viewer: TViewer, input: TInvoiceActionInput, to: TInvoiceTarget, publish: TPublish) {
  const now = new Date();
  const result = await db.transaction(async (tx) => {
    const [found] = await tx
      .select({ orderId: invoices.orderId })
      .from(invoices)
      .where(and(eq(invoices.id, input.id), eq(invoices.organizationId, viewer.organizationId)));
    if (!found) throw new AppError('NOT_FOUND', { message: 'Invoice not found.' });
    const order = found.orderId ? await lockOrder(tx, viewer.organizationId, found.orderId) : null;
    const invoice = await lockInvoice(tx, viewer.organizationId, input);
    assertInvoiceTransition(invoice.status, to);
    const [updated] = await tx
      .update(invoices)
      .set({
        status: to,
        version: invoice.version + 1,
        updatedAt: now,
        ...(to === 'authorized' ? { authorizedAt: now } : {}),
        ...(to === 'paid' ? { paidAt: now } : {}),
      })
      .where(eq(invoices.id, invoice.id))
      .returning();
    const synced = order && to !== 'paid' ? await syncOrderInvoiced(tx, order, viewer.userId, now) : null;
    return { invoice: updated!, order: synced?.order ?? order, synced };
  });
  result.synced?.push(publish);
  const { invoice, order } = result;
  const base = { opportunityId: order?.opportunityId ?? null, customerId: invoice.customerId, actorId: viewer.userId };
  publishDocChanged(publish, viewer.organizationId, { type: 'invoice', id: invoice.id, status: invoice.status, ...base });
  if (order && result.synced?.changed) publishDocChanged(publish, viewer.organizationId, { type: 'order', id: order.id, status: order.status, ...base });
  return getInvoice(db, viewer.organizationId, invoice.id, now);
}

async function lockInvoice(tx: Tx, organizationId: string, input: TInvoiceActionInput) {
  const [invoice] = await tx
    .select()
    .from(invoices)
    .where(and(eq(invoices.id, input.id), eq(invoices.organizationId, organizationId)))
    .for('update');
  if (!invoice) throw new AppError('NOT_FOUND', { message: 'Invoice not found.' });
  if (invoice.version !== input.version) {
    throw new AppError('CONFLICT', {
      message: `Invoice ${invoice.number} was changed meanwhile (it is now ${invoice.status}). Review it and try again.`,
      data: { status: invoice.status, version: invoice.version },
    });
  }
  return invoice;
}
