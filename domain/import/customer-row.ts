import { z } from 'zod';
import { validateTaxId } from '../tax-ids/validate-tax-id';
import { countryCell, intCell, moneyCell, requiredText, textCell } from './cells';

export type TRowOptions = { locale: string; currency: string };

/**
 * One customer row of a CSV, by field key (see importFields.customers).
 * The tax id is checked for the row's country (validateTaxId) and stored in
 * its usual printed form; annual revenue is in minor units of `currency`
 * (the organization's currency: customers have none of their own).
 */
export function customerRowSchema({ locale, currency }: TRowOptions) {
  return z
    .object({
      legal_name: requiredText(2, 200),
      trade_name: textCell(200),
      tax_id: textCell(32),
      country: countryCell(),
      address_line: textCell(300),
      city: textCell(120),
      region: textCell(120),
      postal_code: textCell(20),
      sector: textCell(120),
      email: z.union([z.literal('').transform(() => null), z.email('is not an e-mail address')]),
      phone: textCell(40),
      website: textCell(300),
      payment_terms_days: intCell(0, 365),
      year_established: intCell(1600, 2200),
      employees: intCell(0, 10_000_000),
      annual_revenue: moneyCell(locale, currency),
    })
    .transform((row, ctx) => {
      let taxId = row.tax_id;
      if (taxId) {
        const result = validateTaxId(row.country, taxId);
        if (!result.ok) ctx.addIssue({ code: 'custom', path: ['tax_id'], message: result.message });
        else taxId = result.value;
      }
      return {
        legalName: row.legal_name,
        tradeName: row.trade_name,
        taxId,
        country: row.country,
        addressLine: row.address_line,
        city: row.city,
        region: row.region,
        postalCode: row.postal_code,
        sector: row.sector,
        email: row.email,
        phone: row.phone,
        website: row.website,
        paymentTermsDays: row.payment_terms_days ?? 30,
        yearEstablished: row.year_established,
        employees: row.employees,
        annualRevenueMinor: row.annual_revenue,
      };
    });
}
export type TCustomerRow = z.output<ReturnType<typeof customerRowSchema>>;
