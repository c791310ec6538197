import { z } from 'zod';

const ZMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Use a month like 2026-03');

/** Filters of the forecast report: one owner, team ('none' = no team) or pipeline, and a month range (inclusive). */
export const ZForecastFilterSchema = z
  .object({
    owner: z.string().min(1).max(64).optional(),
    team: z.string().min(1).max(64).optional(),
    pipeline: z.uuid({ error: 'Must be a valid pipeline id' }).optional(),
    from: ZMonthSchema.optional(),
    to: ZMonthSchema.optional(),
  })
  .strict()
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'The first month must not be after the last', path: ['to'] });
export type TForecastFilter = z.infer<typeof ZForecastFilterSchema>;

/** A manager's override of a rep's number; amount in integer minor units of the organization's currency. */
export const ZSetForecastOverrideInputSchema = z
  .object({
    ownerId: z.string().min(1, 'Choose a rep').max(64),
    month: ZMonthSchema,
    category: z.enum(['commit', 'best_case', 'pipeline'], { error: 'Category must be commit, best_case or pipeline' }),
    amountMinor: z
      .number({ error: 'Amount must be a number' })
      .int('Amount must be a whole number of minor units (cents)')
      .min(0, 'Amount cannot be negative')
      .max(Number.MAX_SAFE_INTEGER, 'Amount is too large'),
    note: z.string().trim().min(3, 'Say why in a note (at least 3 characters)').max(500, 'The note must have at most 500 characters'),
  })
  .strict();
export type TSetForecastOverrideInput = z.infer<typeof ZSetForecastOverrideInputSchema>;
