import { z } from 'zod';
import { roles } from '../roles';

/** ISO 4217 currency codes the UI offers; amounts are stored in minor units. */
export const supportedCurrencies = ['EUR', 'USD', 'MXN', 'PEN', 'GBP'] as const;
export const supportedLocales = ['es', 'en'] as const;
export type TLocale = (typeof supportedLocales)[number];

export const ZOrganizationSettingsSchema = z
  .object({
    name: z.string().trim().min(2, 'Name must have at least 2 characters').max(120),
    currency: z.enum(supportedCurrencies),
    locale: z.enum(supportedLocales),
    timeZone: z
      .string()
      .refine((tz) => Intl.supportedValuesOf('timeZone').includes(tz) || tz === 'UTC', 'Unknown time zone'),
    /** Probability board columns in percent, ascending, each 1–99 (see domain/board/probability-bands). */
    probabilityBands: z
      .array(z.number().int().min(1).max(99))
      .min(2, 'At least two bands')
      .max(10, 'At most ten bands')
      .refine((b) => b.every((v, i) => i === 0 || v > b[i - 1]!), 'Bands must be ascending without repeats'),
    stageSetsProbability: z.boolean(),
  })
  .partial()
  .strict();
export type TOrganizationSettings = z.infer<typeof ZOrganizationSettingsSchema>;

export const ZMemberRoleChangeSchema = z
  .object({ memberId: z.string().min(1).max(64), role: z.enum(roles) })
  .strict();
