import { z } from 'zod';
import { supportedCurrencies } from '../schemas/organization';
import { choiceCell, dateCell, intCell, moneyCell, requiredText, textCell } from './cells';
import type { TRowOptions } from './customer-row';

const statusAliases = { abierta: 'open', abierto: 'open', ganada: 'won', ganado: 'won', perdida: 'lost', perdido: 'lost', closed_won: 'won', closed_lost: 'lost' } as const;
const typeAliases = { new: 'new_business', nuevo: 'new_business', nuevo_negocio: 'new_business', venta_adicional: 'upsell', ampliacion: 'upsell', renovacion: 'renewal', renovación: 'renewal' } as const;

/**
 * One opportunity row, cell formats only: customer, owner, pipeline and
 * stage stay as text here and are looked up against the organization by
 * resolveOpportunityRows. The amount is in minor units of the row's
 * currency (default: the organization's).
 */
export function opportunityRowSchema({ locale, currency }: TRowOptions) {
  return z
    .object({
      title: requiredText(2, 200),
      customer: textCell(200),
      owner: textCell(200),
      pipeline: textCell(120),
      stage: textCell(120),
      status: choiceCell(['open', 'won', 'lost'] as const, statusAliases),
      currency: choiceCell(supportedCurrencies),
      amount: z.string(),
      probability: intCell(0, 100),
      expected_close_date: dateCell(),
      engage_date: dateCell(),
      external_ref: textCell(100),
      type: choiceCell(['new_business', 'upsell', 'renewal'] as const, typeAliases),
      source: textCell(120),
      lost_reason: textCell(300),
    })
    .transform((row, ctx) => {
      const rowCurrency = row.currency ?? currency;
      const amount = moneyCell(locale, rowCurrency).safeParse(row.amount);
      if (!amount.success) for (const issue of amount.error.issues) ctx.addIssue({ code: 'custom', path: ['amount'], message: issue.message });
      if (!row.expected_close_date) ctx.addIssue({ code: 'custom', path: ['expected_close_date'], message: 'is required' });
      return {
        title: row.title,
        customer: row.customer,
        owner: row.owner,
        pipeline: row.pipeline,
        stage: row.stage,
        status: row.status,
        amountMinor: amount.success ? (amount.data ?? 0) : 0,
        currency: rowCurrency,
        probability: row.probability,
        expectedCloseDate: row.expected_close_date ?? '',
        engageDate: row.engage_date,
        externalRef: row.external_ref,
        type: row.type ?? 'new_business',
        source: row.source,
        lostReason: row.lost_reason,
      };
    });
}
export type TOpportunityRow = z.output<ReturnType<typeof opportunityRowSchema>>;
