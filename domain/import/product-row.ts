import { z } from 'zod';
import { supportedCurrencies } from '../schemas/organization';
import { booleanCell, choiceCell, moneyCell, percentBpsCell, requiredText, textCell } from './cells';
import type { TRowOptions } from './customer-row';

/** SKU derived from a product name when the file has none: "GTX Plus Pro" → "GTX-PLUS-PRO". */
export function skuFromName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

/**
 * One product row. The price is read in the row's currency (default: the
 * organization's) into its minor units; tax rate is a percentage stored in
 * basis points (default 21 %); a missing SKU is derived from the name.
 */
export function productRowSchema({ locale, currency }: TRowOptions) {
  return z
    .object({
      sku: z
        .string()
        .max(40, 'must have at most 40 characters')
        .regex(/^([A-Za-z0-9][A-Za-z0-9._\-/]*)?$/, 'uses letters, digits and . _ - / only'),
      name: requiredText(2, 200),
      family: textCell(120),
      kind: choiceCell(['product', 'service'] as const, { producto: 'product', servicio: 'service' }),
      currency: choiceCell(supportedCurrencies),
      unit_price: z.string(),
      tax_rate: percentBpsCell(),
      active: booleanCell(),
    })
    .transform((row, ctx) => {
      const rowCurrency = row.currency ?? currency;
      const price = moneyCell(locale, rowCurrency).safeParse(row.unit_price);
      if (!price.success) for (const issue of price.error.issues) ctx.addIssue({ code: 'custom', path: ['unit_price'], message: issue.message });
      else if (price.data === null) ctx.addIssue({ code: 'custom', path: ['unit_price'], message: 'is required' });
      const sku = row.sku || skuFromName(row.name);
      return {
        sku,
        name: row.name,
        family: row.family,
        kind: row.kind ?? 'product',
        unitPriceMinor: price.success ? (price.data ?? 0) : 0,
        currency: rowCurrency,
        taxRateBps: row.tax_rate ?? 2100,
        active: row.active ?? true,
      };
    });
}
export type TProductRow = z.output<ReturnType<typeof productRowSchema>>;
