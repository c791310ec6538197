'use client';

import Link from 'next/link';
import { useFormatter, useTranslations } from 'use-intl';
import type { TQuoteDetail } from './QuoteDetail';

/** Customer, deal, owner, dates and terms under the quote's title. */
export function QuoteFacts({ detail }: { detail: TQuoteDetail }) {
  const t = useTranslations('documents.quotes');
  const tc = useTranslations('documents.common');
  const format = useFormatter();
  const day = (d: string | null) => (d ? format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' }) : tc('none'));
  const { quote, customer, opportunity } = detail;
  return (
    <dl className="q-facts">
      <div>
        <dt>{t('customer')}</dt>
        <dd>
          {customer ? <Link href={`/customers/${customer.id}`} className="q-link">{customer.legalName}</Link> : tc('none')}
          {customer?.taxId && <span className="muted mono"> · {customer.taxId}</span>}
        </dd>
      </div>
      <div>
        <dt>{t('opportunity')}</dt>
        <dd>{opportunity ? <Link href={`/boards/stage?pipeline=${opportunity.pipelineId}&card=${opportunity.id}`} className="q-link">{opportunity.title}</Link> : tc('none')}</dd>
      </div>
      <div>
        <dt>{t('owner')}</dt>
        <dd>{quote.ownerName ?? tc('none')}</dd>
      </div>
      <div>
        <dt>{t('issueDate')}</dt>
        <dd>{day(quote.issueDate)}</dd>
      </div>
      <div>
        <dt>{t('validUntil')}</dt>
        <dd>{day(quote.validUntil)}</dd>
      </div>
      <div>
        <dt>{t('paymentTermsLabel')}</dt>
        <dd>{customer ? t('paymentTerms', { days: customer.paymentTermsDays }) : tc('none')}</dd>
      </div>
      {customer && customer.discountBps > 0 && (
        <div>
          <dt>{t('customerDiscount')}</dt>
          <dd>{format.number(customer.discountBps / 10_000, { style: 'percent', maximumFractionDigits: 2 })}</dd>
        </div>
      )}
    </dl>
  );
}
