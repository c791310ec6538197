import { z } from 'zod';
import { ZContactFieldsSchema, ZCountrySchema, ZIdSchema } from './customer';
import { ZIsoDateSchema } from './opportunity';

export const leadStatuses = ['new', 'qualified', 'disqualified'] as const;
export type TLeadStatus = (typeof leadStatuses)[number];

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .nullable()
    .transform((v) => (v ? v : null));

/** Filters and paging for the lead list; `ownerId: 'none'` lists unassigned leads. */
export const ZLeadListInputSchema = z
  .object({
    status: z.enum(leadStatuses).optional(),
    ownerId: z.string().min(1).max(64).optional(),
    search: z.string().trim().max(200).optional(),
    limit: z.number().int().min(1).max(200).default(50),
    offset: z.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();
export type TLeadListInput = z.infer<typeof ZLeadListInputSchema>;

const leadFields = {
  fullName: z.string().trim().min(2, 'Name must have at least 2 characters').max(200),
  companyName: z.string().trim().min(2, 'Company must have at least 2 characters').max(200),
  email: z
    .union([z.literal(''), z.email({ error: 'Not a valid e-mail address' })])
    .nullable()
    .transform((v) => (v ? v.toLowerCase() : null)),
  phone: optionalText(40),
  country: ZCountrySchema.nullable(),
  taxId: optionalText(32),
  source: optionalText(80),
  notes: optionalText(4000),
  ownerId: z.string().min(1).max(64).nullable(),
};

export const ZLeadCreateInputSchema = z.object(leadFields).partial().required({ fullName: true, companyName: true }).strict();
export type TLeadCreateInput = z.infer<typeof ZLeadCreateInputSchema>;

export const ZLeadPatchSchema = z
  .object(leadFields)
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, 'Change at least one field');
export type TLeadPatch = z.infer<typeof ZLeadPatchSchema>;
export const ZLeadUpdateInputSchema = z.object({ id: ZIdSchema, patch: ZLeadPatchSchema }).strict();

/**
 * Qualifying a lead. The customer is an existing one (`customerId`) or a new
 * one made from the lead (`newCustomer` with at least the country, which the
 * tax id is checked against); the contact likewise. The opportunity opens in
 * the first stage of `pipelineId`, amount in minor units of the org currency.
 */
export const ZLeadQualifyInputSchema = z
  .object({
    id: ZIdSchema,
    customer: z.discriminatedUnion('mode', [
      z.object({ mode: z.literal('existing'), customerId: ZIdSchema }).strict(),
      z
        .object({
          mode: z.literal('new'),
          legalName: z.string().trim().min(2, 'Legal name must have at least 2 characters').max(200),
          country: ZCountrySchema,
          taxId: optionalText(32).optional(),
        })
        .strict(),
    ]),
    contact: z.discriminatedUnion('mode', [
      z.object({ mode: z.literal('existing'), contactId: ZIdSchema }).strict(),
      z.object({ mode: z.literal('new'), ...ZContactFieldsSchema.shape }).strict(),
    ]),
    opportunity: z
      .object({
        title: z.string().trim().min(2, 'Title must have at least 2 characters').max(200),
        pipelineId: ZIdSchema,
        amountMinor: z
          .number({ error: 'Amount must be a number' })
          .int('Amount must be a whole number of minor units (cents)')
          .min(0, 'Amount cannot be negative')
          .max(Number.MAX_SAFE_INTEGER, 'Amount is too large'),
        expectedCloseDate: ZIsoDateSchema,
        ownerId: z.string().min(1).max(64).optional(),
      })
      .strict(),
  })
  .strict();
export type TLeadQualifyInput = z.infer<typeof ZLeadQualifyInputSchema>;

export const ZLeadDisqualifyInputSchema = z
  .object({
    id: ZIdSchema,
    reason: z.string().trim().min(3, 'Give a reason (at least 3 characters)').max(500, 'Reason must have at most 500 characters'),
  })
  .strict();
