import { z } from 'zod';
import { quoteStatuses } from '../documents/quote-status';
import { ZIsoDateSchema } from './opportunity';

const ZQuoteIdSchema = z.uuid({ error: 'Must be a valid quote id' });
const ZLineIdSchema = z.uuid({ error: 'Must be a valid line id' });
/** The quote version the client edited; a stale one answers CONFLICT. */
const ZVersionSchema = z.number().int().min(1);

const ZQuantitySchema = z
  .string()
  .trim()
  .regex(/^\d{1,11}(\.\d{1,3})?$/, 'Quantity must be a positive number with at most 3 decimals, e.g. 2.5')
  .refine((q) => Number(q) > 0, 'Quantity must be more than 0');
const ZMinorSchema = z
  .number({ error: 'Price must be a number' })
  .int('Price must be whole minor units (cents)')
  .min(0, 'Price cannot be negative')
  .max(1e13, 'Price is too large');
const ZBpsSchema = (what: string) =>
  z
    .number({ error: `${what} must be a number` })
    .int(`${what} must be whole basis points`)
    .min(0, `${what} must be between 0 and 100 %`)
    .max(10_000, `${what} must be between 0 and 100 %`);
const ZDescriptionSchema = z.string().trim().min(1, 'Description cannot be empty').max(500);

export const ZQuoteListInputSchema = z
  .object({
    status: z.enum(quoteStatuses).optional(),
    ownerId: z.string().min(1).max(100).optional(),
    customerId: z.uuid().optional(),
    opportunityId: z.uuid().optional(),
    /** Matches the quote number and the customer's legal name. */
    search: z.string().trim().max(200).optional(),
    /** Only quotes waiting for a manager's approval. */
    approvalPending: z.boolean().optional(),
    limit: z.number().int().min(1).max(200).default(50),
    offset: z.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();
export type TQuoteListInput = z.infer<typeof ZQuoteListInputSchema>;

export const ZQuoteIdInputSchema = z.object({ id: ZQuoteIdSchema }).strict();

export const ZQuoteCreateInputSchema = z
  .object({ opportunityId: z.uuid({ error: 'Must be a valid opportunity id' }), validUntil: ZIsoDateSchema.optional(), notes: z.string().trim().max(4000).optional() })
  .strict();
export type TQuoteCreateInput = z.infer<typeof ZQuoteCreateInputSchema>;

export const ZQuoteHeaderPatchSchema = z
  .object({ validUntil: ZIsoDateSchema.nullable(), notes: z.string().trim().max(4000).nullable() })
  .partial()
  .strict();
export const ZQuoteUpdateInputSchema = z.object({ id: ZQuoteIdSchema, version: ZVersionSchema, patch: ZQuoteHeaderPatchSchema }).strict();
export type TQuoteUpdateInput = z.infer<typeof ZQuoteUpdateInputSchema>;

/**
 * A new line: from a product (price list, customer discount and tax rate
 * filled in; any field given overrides) or free text (description, unit
 * price and tax rate required).
 */
export const ZQuoteNewLineSchema = z
  .object({
    productId: z.uuid({ error: 'Must be a valid product id' }).nullable().default(null),
    description: ZDescriptionSchema.optional(),
    quantity: ZQuantitySchema,
    unitPriceMinor: ZMinorSchema.optional(),
    discountBps: ZBpsSchema('Discount').optional(),
    taxRateBps: ZBpsSchema('Tax rate').optional(),
  })
  .strict()
  .superRefine((line, ctx) => {
    if (line.productId) return;
    for (const key of ['description', 'unitPriceMinor', 'taxRateBps'] as const) {
      if (line[key] === undefined) ctx.addIssue({ code: 'custom', path: [key], message: 'Required for a line without a product' });
    }
  });
export type TQuoteNewLine = z.infer<typeof ZQuoteNewLineSchema>;

export const ZQuoteAddLineInputSchema = z.object({ quoteId: ZQuoteIdSchema, version: ZVersionSchema, line: ZQuoteNewLineSchema }).strict();
export type TQuoteAddLineInput = z.infer<typeof ZQuoteAddLineInputSchema>;

export const ZQuoteLinePatchSchema = z
  .object({
    description: ZDescriptionSchema,
    quantity: ZQuantitySchema,
    unitPriceMinor: ZMinorSchema,
    discountBps: ZBpsSchema('Discount'),
    taxRateBps: ZBpsSchema('Tax rate'),
  })
  .partial()
  .strict();
export const ZQuoteUpdateLineInputSchema = z
  .object({ quoteId: ZQuoteIdSchema, lineId: ZLineIdSchema, version: ZVersionSchema, patch: ZQuoteLinePatchSchema })
  .strict();
export type TQuoteUpdateLineInput = z.infer<typeof ZQuoteUpdateLineInputSchema>;

export const ZQuoteRemoveLineInputSchema = z.object({ quoteId: ZQuoteIdSchema, lineId: ZLineIdSchema, version: ZVersionSchema }).strict();
export type TQuoteRemoveLineInput = z.infer<typeof ZQuoteRemoveLineInputSchema>;

/** Send, request approval, accept, reject, expire, accept & win, convert: the quote and the version seen. */
export const ZQuoteActionInputSchema = z.object({ id: ZQuoteIdSchema, version: ZVersionSchema }).strict();
export type TQuoteActionInput = z.infer<typeof ZQuoteActionInputSchema>;

/** A manager's decision on a discount; a rejection must say why. */
export const ZQuoteDecisionInputSchema = z
  .object({
    id: ZQuoteIdSchema,
    version: ZVersionSchema,
    decision: z.enum(['approved', 'rejected']),
    note: z.string().trim().max(2000).default(''),
  })
  .strict()
  .refine((d) => d.decision === 'approved' || d.note.length > 0, { path: ['note'], message: 'Say why the discount is rejected' });
export type TQuoteDecisionInput = z.infer<typeof ZQuoteDecisionInputSchema>;

export const ZQuoteProductOptionsInputSchema = z
  .object({ quoteId: ZQuoteIdSchema, search: z.string().trim().max(200).default(''), limit: z.number().int().min(1).max(50).default(20) })
  .strict();
export type TQuoteProductOptionsInput = z.infer<typeof ZQuoteProductOptionsInputSchema>;

/** PDF page formats: A4, A5 and an 80 mm receipt-printer ticket. */
export const quotePdfFormats = ['a4', 'a5', 'ticket'] as const;
export type TQuotePdfFormat = (typeof quotePdfFormats)[number];
