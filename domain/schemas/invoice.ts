import { z } from 'zod';
import { ZIsoDateSchema } from './opportunity';
import { ZLineQuantitiesSchema, ZOrderIdSchema } from './order';

export const ZInvoiceIdSchema = z.uuid({ error: 'Must be a valid invoice id' });

/** Stored states plus the derived 'pending' (authorized, not yet due) and 'overdue'. */
export const invoiceListStatuses = ['draft', 'authorized', 'pending', 'overdue', 'paid', 'cancelled'] as const;

export const ZInvoiceListInputSchema = z
  .object({
    status: z.enum(invoiceListStatuses).optional(),
    customerId: z.uuid().optional(),
    orderId: ZOrderIdSchema.optional(),
    /** Issue date range, inclusive. */
    from: ZIsoDateSchema.optional(),
    to: ZIsoDateSchema.optional(),
    search: z.string().trim().max(200).optional(),
    limit: z.number().int().min(1).max(200).default(50),
    offset: z.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();
export type TInvoiceListInput = z.infer<typeof ZInvoiceListInputSchema>;

/**
 * A new invoice for an order: without `lines`, everything still to invoice;
 * with `lines`, those quantities (0 skips a line). `issueDate` defaults to
 * today in the organization's time zone.
 */
export const ZInvoiceCreateFromOrderInputSchema = z
  .object({ orderId: ZOrderIdSchema, lines: ZLineQuantitiesSchema.optional(), issueDate: ZIsoDateSchema.optional() })
  .strict();
export type TInvoiceCreateFromOrderInput = z.infer<typeof ZInvoiceCreateFromOrderInputSchema>;

export const ZInvoiceGetInputSchema = z.object({ id: ZInvoiceIdSchema }).strict();

/** Authorize, mark paid or cancel; `version` guards against a stale page. */
export const ZInvoiceActionInputSchema = z.object({ id: ZInvoiceIdSchema, version: z.number().int().min(1) }).strict();
export type TInvoiceActionInput = z.infer<typeof ZInvoiceActionInputSchema>;

export const ZDocumentChainInputSchema = z
  .object({ type: z.enum(['opportunity', 'quote', 'order', 'invoice']), id: z.uuid({ error: 'Must be a valid document id' }) })
  .strict();
export type TDocumentChainInput = z.infer<typeof ZDocumentChainInputSchema>;
