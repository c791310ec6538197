'use client';

import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useFormatter, useTranslations } from 'use-intl';
import { canEdit } from '~/domain/roles';
import { QueryState } from '~/app/_components/QueryState';
import { useTRPC } from '~/app/_lib/trpc/react';
import { OpportunityDrawer } from '../_board/OpportunityDrawer';
import { AggregatedGrid } from './AggregatedGrid';
import { IndividualGrid } from './IndividualGrid';
import { InvoicingToolbar } from './InvoicingToolbar';
import { useInvoicingLive } from './use-invoicing-live';
import { useInvoicingParams } from './use-invoicing-params';

type TToast = { kind: 'error' | 'info'; message: string } | null;

/**
 * The monthly invoicing progress board: months as columns; opportunities,
 * orders and invoices as lanes; totals or documents (toggle). Everything
 * that shapes the view lives in the URL. Live: any deal or document change
 * in the organization refetches it.
 */
export function InvoicingBoard() {
  const t = useTranslations('invoicing');
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const url = useInvoicingParams();
  const live = useInvoicingLive();
  const me = useQuery(trpc.me.get.queryOptions());
  // Deals this client moved stay listed in their new cell (not hidden under "+N more").
  const [pins, setPins] = useState<string[]>([]);
  const input = { from: url.from, months: url.months, view: url.view, filter: url.filter, pin: url.view === 'individual' ? pins : [] };
  const board = useQuery({ ...trpc.invoicing.board.queryOptions(input), placeholderData: keepPreviousData });
  const [toast, setToast] = useState<TToast>(null);
  const notify = (kind: 'error' | 'info', message: string) => {
    setToast({ kind, message });
    setTimeout(() => setToast((current) => (current?.message === message ? null : current)), 6000);
  };
  const editable = me.data ? canEdit(me.data.role) : false;
  const data = board.data;
  return (
    <section className="page board-page inv-page" data-testid="invoicing-board" data-view={url.view}>
      <div className="inv-title-row">
        <div>
          <h1 className="page-title">{t('title')}</h1>
          {data && <p className="inv-subtitle">{t('subtitle', { currency: data.currency })}</p>}
        </div>
        <span className="inv-live muted" aria-live="polite" data-testid="invoicing-updated">
          {live.status === 'offline' ? t('reconnecting') : live.updatedAt ? t('updated', { time: format.dateTime(live.updatedAt, { timeStyle: 'medium' }) }) : ''}
        </span>
      </div>
      <InvoicingToolbar url={url} months={data?.months ?? []} currentMonth={data?.currentMonth} />
      {!data ? (
        <QueryState error={board.error} onRetry={() => board.refetch()} />
      ) : url.view === 'individual' && data.cards ? (
        <IndividualGrid
          data={data}
          dataVersion={board.dataUpdatedAt}
          filter={url.filter}
          pins={pins}
          editable={editable}
          onOpen={(id) => url.set({ card: id })}
          onMoved={(id) => setPins((held) => [id, ...held.filter((x) => x !== id)].slice(0, 20))}
          notify={notify}
        />
      ) : (
        <AggregatedGrid data={data} />
      )}
      {data && Object.values(data.otherCurrency).some((n) => n > 0) && (
        <p className="muted inv-note">{t('otherCurrency', { count: Object.values(data.otherCurrency).reduce((a, b) => a + b, 0) })}</p>
      )}
      {url.card && (
        <OpportunityDrawer
          key={url.card}
          opportunityId={url.card}
          onClose={() => url.set({ card: null })}
          onSaved={() => void queryClient.invalidateQueries(trpc.invoicing.pathFilter())}
        />
      )}
      {toast && (
        <div className={`toast toast-${toast.kind}`} role="status" data-testid="invoicing-toast">
          {toast.message}
        </div>
      )}
    </section>
  );
}
