import { z } from 'zod';

/** Filters and paging for the customer list. */
export const ZCustomerListInputSchema = z
  .object({
    search: z.string().trim().max(200).optional(),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'Country must be a two-letter ISO code')
      .optional(),
    limit: z.number().int().min(1).max(200).default(50),
    offset: z.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();
export type TCustomerListInput = z.infer<typeof ZCustomerListInputSchema>;

export const ZIdSchema = z.uuid({ error: 'Must be a valid id' });

/** Editable customer fields; tax-id rules per country arrive with the customer issue. */
export const ZCustomerPatchSchema = z
  .object({
    legalName: z.string().trim().min(2, 'Legal name must have at least 2 characters').max(200),
    tradeName: z.string().trim().max(200).nullable(),
    taxId: z.string().trim().max(32).nullable(),
    country: z.string().regex(/^[A-Z]{2}$/, 'Country must be a two-letter ISO code'),
    addressLine: z.string().trim().max(300).nullable(),
    city: z.string().trim().max(120).nullable(),
    postalCode: z.string().trim().max(20).nullable(),
    email: z.email().nullable(),
    phone: z.string().trim().max(40).nullable(),
    paymentTermsDays: z.number().int().min(0).max(365),
  })
  .partial()
  .strict();

export const ZCustomerUpdateInputSchema = z.object({ id: ZIdSchema, patch: ZCustomerPatchSchema }).strict();
export type TCustomerPatch = z.infer<typeof ZCustomerPatchSchema>;
