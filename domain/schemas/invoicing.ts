import { z } from 'zod';
import { isMonth, type TMonth } from '../invoicing/months';
import { MAX_PERIOD_MONTHS } from '../invoicing/period';

const ZMonthSchema = z
  .string()
  .refine(isMonth, 'Must be a month as YYYY-MM')
  .transform((v) => v as TMonth);

/** Filters of the invoicing board, as kept in the URL (owner and team are user/team ids, customer a customer id). */
export const ZInvoicingFilterSchema = z
  .object({
    owner: z.string().min(1).max(64).optional(),
    team: z.string().min(1).max(64).optional(),
    customer: z.uuid({ error: 'Must be a valid customer id' }).optional(),
  })
  .strict();
export type TInvoicingFilter = z.infer<typeof ZInvoicingFilterSchema>;

/** The board's period: first month and number of months (defaults: 3 months back, 12 months). */
export const ZInvoicingPeriodSchema = z
  .object({
    from: ZMonthSchema.optional(),
    months: z.number().int().min(1).max(MAX_PERIOD_MONTHS).optional(),
  })
  .strict();

export const ZInvoicingBoardInputSchema = ZInvoicingPeriodSchema.extend({
  view: z.enum(['aggregated', 'individual']).default('aggregated'),
  filter: ZInvoicingFilterSchema.default({}),
  /** Cards always listed among a cell's first ones (deals this client just moved, so they do not vanish into "+N more"). */
  pin: z.array(z.uuid()).max(20).default([]),
}).strict();
export type TInvoicingBoardInput = z.input<typeof ZInvoicingBoardInputSchema>;
/** The board input after parsing (defaults applied). */
export type TInvoicingBoardQuery = z.output<typeof ZInvoicingBoardInputSchema>;

export const invoicingLanes = ['opportunities', 'orders', 'invoices'] as const;
export type TInvoicingLane = (typeof invoicingLanes)[number];

/** One cell's documents beyond the first ones the board shows ("+N more"). */
export const ZInvoicingCellInputSchema = z
  .object({
    lane: z.enum(invoicingLanes),
    month: ZMonthSchema,
    filter: ZInvoicingFilterSchema.default({}),
    offset: z.number().int().min(0).max(100_000),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();
export type TInvoicingCellInput = z.input<typeof ZInvoicingCellInputSchema>;

/** Dragging a deal to another month on the invoicing board. */
export const ZMoveMonthInputSchema = z
  .object({
    id: z.uuid({ error: 'Must be a valid opportunity id' }),
    /** The version the client saw; the move applies only if it is still current. */
    version: z.number().int().min(1),
    month: ZMonthSchema,
    /** Client-generated id; retrying with the same id applies the move once. */
    clientMutationId: z.string().min(8).max(64).regex(/^[\w-]+$/, 'Invalid client mutation id'),
  })
  .strict();
export type TMoveMonthInput = z.input<typeof ZMoveMonthInputSchema>;
