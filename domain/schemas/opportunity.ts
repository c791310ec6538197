import { z } from 'zod';

export const opportunityTypes = ['new_business', 'upsell', 'renewal'] as const;
export type TOpportunityType = (typeof opportunityTypes)[number];

/**
 * Forecast categories a person may pick for an open deal. 'closed' is set only
 * by winning a deal, so it is not offered here.
 */
export const editableForecastCategories = ['pipeline', 'best_case', 'commit', 'omitted'] as const;
export type TForecastCategory = (typeof editableForecastCategories)[number] | 'closed';

const ZOpportunityIdSchema = z.uuid({ error: 'Must be a valid opportunity id' });

export const ZOpportunityGetInputSchema = z.object({ id: ZOpportunityIdSchema }).strict();

/** A real calendar day as 'YYYY-MM-DD' (rejects 2030-02-30). */
export const ZIsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2030-01-31')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'Not a real calendar date');

/** Editable fields of an opportunity. Amounts in integer minor units of the deal's currency. */
export const ZOpportunityPatchSchema = z
  .object({
    title: z.string().trim().min(2, 'Title must have at least 2 characters').max(200, 'Title must have at most 200 characters'),
    amountMinor: z
      .number({ error: 'Amount must be a number' })
      .int('Amount must be a whole number of minor units (cents)')
      .min(0, 'Amount cannot be negative')
      .max(Number.MAX_SAFE_INTEGER, 'Amount is too large'),
    expectedCloseDate: ZIsoDateSchema,
    probability: z
      .number({ error: 'Probability must be a number' })
      .int('Probability must be a whole percent')
      .min(0, 'Probability must be between 0 and 100')
      .max(100, 'Probability must be between 0 and 100'),
    type: z.enum(opportunityTypes, { error: 'Type must be new_business, upsell or renewal' }),
    forecastCategory: z.enum(editableForecastCategories, { error: 'Forecast category must be pipeline, best_case, commit or omitted' }),
    ownerId: z.string().min(1, 'Choose an owner').max(64),
  })
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, 'Change at least one field');
export type TOpportunityPatch = z.infer<typeof ZOpportunityPatchSchema>;

export const ZOpportunityUpdateInputSchema = z
  .object({
    id: ZOpportunityIdSchema,
    /** The version the client edited; the update applies only if it is still current. */
    version: z.number().int().min(1),
    patch: ZOpportunityPatchSchema,
    /** Client-generated id; retrying with the same id applies the update once. */
    clientMutationId: z.string().min(8).max(64).regex(/^[\w-]+$/, 'Invalid client mutation id'),
  })
  .strict();
export type TOpportunityUpdateInput = z.infer<typeof ZOpportunityUpdateInputSchema>;
