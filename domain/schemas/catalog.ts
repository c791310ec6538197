import { z } from 'zod';
import { ZIdSchema } from './customer';
import { ZIsoDateSchema } from './opportunity';
import { supportedCurrencies } from './organization';

export const productKinds = ['product', 'service'] as const;

const ZMinorSchema = z
  .number({ error: 'Price must be a number' })
  .int('Price must be a whole number of minor units (cents)')
  .min(0, 'Price cannot be negative')
  .max(Number.MAX_SAFE_INTEGER, 'Price is too large');

/** Catalogue filters: text over sku/name/family, family, and archived products on request. */
export const ZProductListInputSchema = z
  .object({
    search: z.string().trim().max(200).optional(),
    family: z.string().trim().max(120).optional(),
    includeArchived: z.boolean().default(false),
    limit: z.number().int().min(1).max(500).default(100),
    offset: z.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();
export type TProductListInput = z.infer<typeof ZProductListInputSchema>;

const productFields = {
  sku: z
    .string()
    .trim()
    .min(1, 'SKU is required')
    .max(40, 'SKU must have at most 40 characters')
    .regex(/^[A-Za-z0-9][A-Za-z0-9._\-/]*$/, 'SKU uses letters, digits and . _ - / only'),
  name: z.string().trim().min(2, 'Name must have at least 2 characters').max(200),
  family: z
    .string()
    .trim()
    .max(120)
    .nullable()
    .transform((v) => (v ? v : null)),
  kind: z.enum(productKinds, { error: 'Kind must be product or service' }),
  unitPriceMinor: ZMinorSchema,
  currency: z.enum(supportedCurrencies, { error: `Currency must be one of ${supportedCurrencies.join(', ')}` }),
  /** VAT/IVA in basis points (2100 = 21 %). */
  taxRateBps: z.number().int('Tax rate is in basis points').min(0, 'Tax rate must be 0–100 %').max(10_000, 'Tax rate must be 0–100 %'),
  active: z.boolean(),
};

export const ZProductCreateInputSchema = z
  .object(productFields)
  .partial()
  .required({ sku: true, name: true, unitPriceMinor: true, currency: true })
  .strict();
export type TProductCreateInput = z.infer<typeof ZProductCreateInputSchema>;
export const ZProductPatchSchema = z
  .object(productFields)
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, 'Change at least one field');
export type TProductPatch = z.infer<typeof ZProductPatchSchema>;
export const ZProductUpdateInputSchema = z.object({ id: ZIdSchema, patch: ZProductPatchSchema }).strict();

const validity = (p: { validFrom?: string | null; validTo?: string | null }) => !p.validFrom || !p.validTo || p.validFrom <= p.validTo;
const validityError = { message: 'The list must start before it ends', path: ['validTo'] };

const priceListFields = {
  name: z.string().trim().min(2, 'Name must have at least 2 characters').max(120),
  currency: z.enum(supportedCurrencies, { error: `Currency must be one of ${supportedCurrencies.join(', ')}` }),
  /** The list used for customers without one; setting it clears the flag on the others. */
  isDefault: z.boolean(),
  validFrom: ZIsoDateSchema.nullable(),
  validTo: ZIsoDateSchema.nullable(),
};

export const ZPriceListCreateInputSchema = z
  .object(priceListFields)
  .partial()
  .required({ name: true, currency: true })
  .strict()
  .refine(validity, validityError);
export type TPriceListCreateInput = z.infer<typeof ZPriceListCreateInputSchema>;
export const ZPriceListPatchSchema = z
  .object(priceListFields)
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, 'Change at least one field');
export type TPriceListPatch = z.infer<typeof ZPriceListPatchSchema>;
export const ZPriceListUpdateInputSchema = z.object({ id: ZIdSchema, patch: ZPriceListPatchSchema }).strict();

/** A product's price on a list, in minor units of the list's currency. */
export const ZSetPriceInputSchema = z.object({ priceListId: ZIdSchema, productId: ZIdSchema, unitPriceMinor: ZMinorSchema }).strict();
export const ZRemovePriceInputSchema = z.object({ priceListId: ZIdSchema, productId: ZIdSchema }).strict();
