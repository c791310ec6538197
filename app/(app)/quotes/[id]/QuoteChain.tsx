'use client';

import Link from 'next/link';
import { useFormatter, useTranslations } from 'use-intl';
import { Money } from '~/app/_components/Money';
import type { TQuoteDetail } from './QuoteDetail';

/** Up the chain (customer, deal) and down it (this quote's orders), each a link. */
export function QuoteChain({ detail }: { detail: TQuoteDetail }) {
  const t = useTranslations('documents.quotes');
  const format = useFormatter();
  const { customer, opportunity, orders, quote } = detail;
  return (
    <section className="card q-chain" data-testid="quote-chain">
      <h2 className="card-title">{t('chain')}</h2>
      <ol className="q-chain-list">
        {customer && (
          <li>
            <span className="q-chain-kind">{t('customer')}</span>
            <Link href={`/customers/${customer.id}`} className="q-link">{customer.legalName}</Link>
          </li>
        )}
        {opportunity && (
          <li>
            <span className="q-chain-kind">{t('opportunity')}</span>
            <Link href={`/boards/stage?pipeline=${opportunity.pipelineId}&card=${opportunity.id}`} className="q-link">{opportunity.title}</Link>
            <span className={`q-chain-status q-opp-${opportunity.status}`}>{opportunity.status === 'open' ? <Money minor={opportunity.amountMinor} currency={opportunity.currency} wholeUnits /> : opportunity.status === 'won' ? '★' : '✕'}</span>
          </li>
        )}
        <li className="q-chain-current">
          <span className="q-chain-kind">{t('quote')}</span>
          <span className="mono">{quote.number}</span>
          <span className="q-chain-status"><Money minor={quote.grossMinor} currency={quote.currency} /></span>
        </li>
        {orders.map((o) => (
          <li key={o.id} className="q-chain-down">
            <span className="q-chain-kind">{t('order')}</span>
            <Link href={`/orders/${o.id}`} className="q-link mono">{o.number}</Link>
            <span className="q-chain-status muted">{format.dateTime(new Date(`${o.orderDate}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' })}</span>
          </li>
        ))}
        {orders.length === 0 && <li className="q-chain-down muted">{t('noOrders')}</li>}
      </ol>
    </section>
  );
}
