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

/** Optional text: blank strings become null, so clearing a field in a form clears it in the database. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .nullable()
    .transform((v) => (v ? v : null));

export const ZCountrySchema = z.string().regex(/^[A-Z]{2}$/, 'Country must be a two-letter ISO code');

const ZOptionalEmailSchema = z
  .union([z.literal(''), z.email({ error: 'Not a valid e-mail address' })])
  .nullable()
  .transform((v) => (v ? v.toLowerCase() : null));

/**
 * Every editable customer field. Tax ids are checked against the country's
 * rules in the service (see domain/tax-ids/validate-tax-id), because a patch
 * may change one without the other. Coordinates are WGS84 degrees; the
 * discount is in basis points (1250 = 12.5 %).
 */
const customerFields = {
  legalName: z.string().trim().min(2, 'Legal name must have at least 2 characters').max(200, 'Legal name must have at most 200 characters'),
  tradeName: optionalText(200),
  taxId: optionalText(32),
  country: ZCountrySchema,
  addressLine: optionalText(300),
  city: optionalText(120),
  region: optionalText(120),
  postalCode: optionalText(20),
  latitude: z.number().min(-90, 'Latitude must be between -90 and 90').max(90, 'Latitude must be between -90 and 90').nullable(),
  longitude: z.number().min(-180, 'Longitude must be between -180 and 180').max(180, 'Longitude must be between -180 and 180').nullable(),
  sector: optionalText(120),
  email: ZOptionalEmailSchema,
  phone: optionalText(40),
  website: z
    .union([z.literal(''), z.url({ protocol: /^https?$/, error: 'Website must be an http(s) address' })])
    .nullable()
    .transform((v) => (v ? v : null)),
  paymentTermsDays: z.number().int('Payment terms are whole days').min(0, 'Payment terms must be 0–365 days').max(365, 'Payment terms must be 0–365 days'),
  discountBps: z.number().int('Discount is in basis points').min(0, 'Discount must be 0–100 %').max(10_000, 'Discount must be 0–100 %'),
  priceListId: ZIdSchema.nullable(),
};

/** Latitude and longitude come together or not at all. */
const bothOrNeither = (c: { latitude?: number | null; longitude?: number | null }) => (c.latitude == null) === (c.longitude == null);

export const ZCustomerPatchSchema = z
  .object(customerFields)
  .partial()
  .strict()
  .refine(bothOrNeither, { message: 'Give both latitude and longitude, or neither', path: ['latitude'] });
export type TCustomerPatch = z.infer<typeof ZCustomerPatchSchema>;

export const ZCustomerUpdateInputSchema = z.object({ id: ZIdSchema, patch: ZCustomerPatchSchema }).strict();

/** A new customer: legal name and country are required, the rest optional. */
export const ZCustomerCreateInputSchema = z
  .object(customerFields)
  .partial()
  .required({ legalName: true, country: true })
  .strict()
  .refine(bothOrNeither, { message: 'Give both latitude and longitude, or neither', path: ['latitude'] });
export type TCustomerCreateInput = z.infer<typeof ZCustomerCreateInputSchema>;

/** A person at a customer. */
export const ZContactFieldsSchema = z
  .object({
    fullName: z.string().trim().min(2, 'Name must have at least 2 characters').max(200),
    jobTitle: optionalText(120).optional(),
    email: ZOptionalEmailSchema.optional(),
    phone: optionalText(40).optional(),
  })
  .strict();
export type TContactFields = z.infer<typeof ZContactFieldsSchema>;

export const ZContactAddInputSchema = z.object({ customerId: ZIdSchema, contact: ZContactFieldsSchema }).strict();
export const ZContactUpdateInputSchema = z.object({ id: ZIdSchema, patch: ZContactFieldsSchema.partial() }).strict();
export const ZContactRemoveInputSchema = z.object({ id: ZIdSchema }).strict();
