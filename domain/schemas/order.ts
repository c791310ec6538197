import { z } from 'zod';
import { orderStatuses } from '../documents/order-status';
import { ZIsoDateSchema } from './opportunity';

export const ZOrderIdSchema = z.uuid({ error: 'Must be a valid order id' });

/** A quantity as an exact decimal string with at most 3 decimals ("2", "0.125"); never a float. */
export const ZQuantitySchema = z
  .string()
  .trim()
  .regex(/^\d{1,11}(\.\d{1,3})?$/, 'Quantity must be a number ≥ 0 with at most 3 decimals, like 2 or 0.125');

/** Quantities per order line: `{ orderLineId, quantity }`, each line at most once. */
export const ZLineQuantitiesSchema = z
  .array(z.object({ orderLineId: z.uuid({ error: 'Must be a valid line id' }), quantity: ZQuantitySchema }).strict())
  .min(1, 'Give a quantity for at least one line')
  .max(500)
  .refine((lines) => new Set(lines.map((l) => l.orderLineId)).size === lines.length, 'Each line may appear only once');

export const ZOrderListInputSchema = z
  .object({
    status: z.enum(orderStatuses).optional(),
    customerId: z.uuid().optional(),
    ownerId: z.string().min(1).max(100).optional(),
    /** Order date range, inclusive (YYYY-MM-DD). */
    from: ZIsoDateSchema.optional(),
    to: ZIsoDateSchema.optional(),
    search: z.string().trim().max(200).optional(),
    limit: z.number().int().min(1).max(200).default(50),
    offset: z.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();
export type TOrderListInput = z.infer<typeof ZOrderListInputSchema>;

export const ZOrderGetInputSchema = z.object({ id: ZOrderIdSchema }).strict();

/** `version` is the order version the client saw; a stale one answers CONFLICT. */
export const ZOrderChangeStatusInputSchema = z
  .object({ id: ZOrderIdSchema, version: z.number().int().min(1), status: z.enum(['confirmed', 'delivered', 'cancelled']) })
  .strict();
export type TOrderChangeStatusInput = z.infer<typeof ZOrderChangeStatusInputSchema>;

/** Quantities delivered now, added to what each line already had. */
export const ZOrderDeliverInputSchema = z
  .object({ id: ZOrderIdSchema, version: z.number().int().min(1), lines: ZLineQuantitiesSchema })
  .strict();
export type TOrderDeliverInput = z.infer<typeof ZOrderDeliverInputSchema>;

export const ZOrderCancelInputSchema = z.object({ id: ZOrderIdSchema, version: z.number().int().min(1) }).strict();
