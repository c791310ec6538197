import { z } from 'zod';
import { roles } from '../roles';

/** ISO 4217 currency codes the UI offers; amounts are stored in minor units. */
export const supportedCurrencies = ['EUR', 'USD', 'MXN', 'PEN', 'GBP'] as const;
export const supportedLocales = ['es', 'en'] as const;
export type TLocale = (typeof supportedLocales)[number];

/**
 * An origin allowed to frame meeting-mode boards: https (or http on
 * localhost), scheme + host + optional port, nothing else. It is written into
 * a response header, so anything that is not exactly an origin is refused.
 */
export const ZEmbedOriginSchema = z
  .string()
  .trim()
  .max(200)
  .refine((value) => {
    try {
      const url = new URL(value);
      const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
      const plainHost = /^[a-z0-9.-]+$/.test(url.hostname); // URL allows ';' and the like in hosts; a header must not
      return plainHost && (url.protocol === 'https:' || (url.protocol === 'http:' && local)) && url.origin === value.replace(/\/$/, '');
    } catch {
      return false;
    }
  }, 'Use an origin like https://intranet.example.com (no path)')
  .transform((value) => new URL(value).origin);

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
    /** Sites allowed to embed meeting-mode boards (frame-ancestors); empty: none. */
    embedOrigins: z.array(ZEmbedOriginSchema).max(10, 'At most ten origins'),
  })
  .partial()
  .strict();
export type TOrganizationSettings = z.infer<typeof ZOrganizationSettingsSchema>;

export const ZMemberRoleChangeSchema = z
  .object({ memberId: z.string().min(1).max(64), role: z.enum(roles) })
  .strict();
