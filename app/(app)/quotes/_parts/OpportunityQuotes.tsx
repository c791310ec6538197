'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { Money } from '~/app/_components/Money';
import { useTRPC } from '~/app/_lib/trpc/react';
import { QuoteStatusChip } from './QuoteStatusChip';

type TProps = { opportunityId: string; canCreate: boolean };

/**
 * The quotes of a deal, in its detail drawer, with "New quote": creates a
 * numbered draft for the deal's customer and opens it.
 */
export function OpportunityQuotes({ opportunityId, canCreate }: TProps) {
  const t = useTranslations('documents.quotes');
  const trpc = useTRPC();
  const router = useRouter();
  const quotes = useQuery(trpc.quote.list.queryOptions({ opportunityId, limit: 5, offset: 0 }));
  const create = useMutation(trpc.quote.create.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="drawer-section q-opp-quotes" data-testid="opportunity-quotes">
      <div className="q-opp-quotes-head">
        <h3>{t('title')}</h3>
        {canCreate && (
          <button
            type="button"
            className="btn btn-primary"
            disabled={create.isPending}
            data-testid="new-quote"
            onClick={() =>
              create.mutate(
                { opportunityId },
                { onSuccess: (quote) => router.push(`/quotes/${quote.id}`), onError: (e) => setError(e.message) },
              )
            }
          >
            {create.isPending ? t('creating') : `+ ${t('newQuote')}`}
          </button>
        )}
      </div>
      {error && <p className="form-error" role="alert">{error}</p>}
      {quotes.data && quotes.data.rows.length > 0 && (
        <ul className="q-opp-quotes-list">
          {quotes.data.rows.map((q) => (
            <li key={q.id}>
              <Link href={`/quotes/${q.id}`} className="q-link mono">{q.number}</Link>
              <QuoteStatusChip status={q.status} approval={q.approvalStatus} />
              <Money minor={q.grossMinor} currency={q.currency} />
            </li>
          ))}
          {quotes.data.total > quotes.data.rows.length && (
            <li><Link href={`/quotes?opportunity=${opportunityId}`} className="q-link">{t('count', { count: quotes.data.total })} →</Link></li>
          )}
        </ul>
      )}
    </section>
  );
}
