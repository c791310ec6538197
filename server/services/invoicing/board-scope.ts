import type { TPeriod } from '~/domain/invoicing/period';
import type { TInvoicingFilter } from '~/domain/schemas/invoicing';

/**
 * What every invoicing-board query is scoped by: the organization (always),
 * its reporting currency and time zone, the period and the URL filters.
 */
export type TBoardScope = {
  organizationId: string;
  currency: string;
  timeZone: string;
  period: Pick<TPeriod, 'today' | 'start' | 'endExclusive'>;
  filter: TInvoicingFilter;
};
