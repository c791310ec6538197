'use client';

import { useQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import Link from 'next/link';
import { useTranslations } from 'use-intl';
import { QueryState } from '~/app/_components/QueryState';
import { useTRPC } from '~/app/_lib/trpc/react';
import { canEdit } from '~/domain/roles';
import type { AppRouter } from '~/server/trpc/root';
import { QuoteStatusChip } from '../_parts/QuoteStatusChip';
import { useDocChanged } from '../_parts/use-doc-changed';
import { ApprovalPanel } from './ApprovalPanel';
import { QuoteActions } from './QuoteActions';
import { QuoteChain } from './QuoteChain';
import { QuoteFacts } from './QuoteFacts';
import { QuoteTerms } from './QuoteTerms';
import { QuoteLines } from './QuoteLines';
import { useQuoteRunner } from './use-quote-runner';

export type TQuoteDetail = inferRouterOutputs<AppRouter>['quote']['get'];

/**
 * One quote: header with status and the actions its status and the viewer's
 * role allow, the line editor with totals, the approval panel, and the
 * chain up to the deal and customer and down to the orders. Live: a change
 * by anyone else reloads it.
 */
export function QuoteDetail({ id }: { id: string }) {
  const t = useTranslations('documents.quotes');
  const trpc = useTRPC();
  const detail = useQuery(trpc.quote.get.queryOptions({ id }));
  const me = useQuery(trpc.me.get.queryOptions());
  const runner = useQuoteRunner(id, detail.data?.quote.version);
  useDocChanged(
    (e) => e.id === id || (e.type === 'order' && detail.data?.opportunity?.id === e.opportunityId),
    () => void detail.refetch(),
  );

  const data = detail.data;
  if (!data || !me.data) {
    return (
      <section className="page">
        <QueryState error={detail.error ?? me.error} onRetry={() => void detail.refetch()} />
      </section>
    );
  }
  const editor = canEdit(me.data.role);
  return (
    <section className="page q-page" data-testid="quote-detail">
      <Link href="/quotes" className="q-back">← {t('backToList')}</Link>
      <header className="card q-head">
        <div className="q-head-top">
          <div className="q-head-title">
            <h1 className="q-number" data-testid="quote-number">{data.quote.number}</h1>
            <QuoteStatusChip status={data.quote.status} approval={data.approval.status} large />
          </div>
          <QuoteActions detail={data} role={me.data.role} runner={runner} />
        </div>
        <QuoteFacts detail={data} />
      </header>
      {!editor && <p className="muted">{t('readOnlyViewer')}</p>}
      {runner.notice && (
        <p className={runner.notice.kind === 'ok' ? 'ok q-notice' : 'form-error q-notice'} role={runner.notice.kind === 'ok' ? 'status' : 'alert'} data-testid="quote-notice">
          {runner.notice.text}
        </p>
      )}
      <div className="q-grid">
        <QuoteLines detail={data} editable={editor} runner={runner} />
        <aside className="q-side">
          <ApprovalPanel detail={data} role={me.data.role} runner={runner} />
          <QuoteTerms key={data.quote.version} detail={data} editable={editor} runner={runner} />
          <QuoteChain detail={data} />
        </aside>
      </div>
    </section>
  );
}
