'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'use-intl';
import { useTRPC } from '~/app/_lib/trpc/react';
import { canEdit, type TRole } from '~/domain/roles';
import { PrintMenu } from './PrintMenu';
import type { TQuoteDetail } from './QuoteDetail';
import type { useQuoteRunner } from './use-quote-runner';

type TProps = { detail: TQuoteDetail; role: TRole; runner: ReturnType<typeof useQuoteRunner> };

/**
 * The buttons a quote's status allows: a draft is sent (or, with a discount
 * above the threshold, goes for approval first); a sent quote is accepted
 * and won in one step, or accepted, rejected or expired; an accepted quote
 * without an order becomes one. Viewers only print.
 */
export function QuoteActions({ detail, role, runner }: TProps) {
  const t = useTranslations('documents.quotes');
  const trpc = useTRPC();
  const router = useRouter();
  const { quote, approval, orders } = detail;
  const id = quote.id;
  const send = useMutation(trpc.quote.send.mutationOptions());
  const request = useMutation(trpc.quote.requestApproval.mutationOptions());
  const accept = useMutation(trpc.quote.accept.mutationOptions());
  const reject = useMutation(trpc.quote.reject.mutationOptions());
  const expire = useMutation(trpc.quote.expire.mutationOptions());
  const win = useMutation(trpc.quote.acceptAndWin.mutationOptions());
  const convert = useMutation(trpc.quote.convertToOrder.mutationOptions());
  const disabled = runner.busy;
  const editor = canEdit(role);
  const needsRequest = quote.status === 'draft' && approval.required && approval.status === 'not_required';
  const hasOrder = orders.some((o) => o.status !== 'cancelled');

  return (
    <div className="q-actions" data-testid="quote-actions">
      {editor && quote.status === 'draft' && needsRequest && (
        <button type="button" className="btn btn-primary" disabled={disabled || detail.lines.length === 0} onClick={() => void runner.run((version) => request.mutateAsync({ id, version }), () => t('notices.approvalRequested'))}>
          {t('actions.requestApproval')}
        </button>
      )}
      {editor && quote.status === 'draft' && !needsRequest && (
        <button
          type="button"
          className="btn btn-primary"
          disabled={disabled || approval.sendBlocker !== null}
          title={approval.sendBlocker ?? undefined}
          onClick={() => void runner.run((version) => send.mutateAsync({ id, version }), () => t('notices.sent'))}
        >
          {t('actions.send')}
        </button>
      )}
      {editor && quote.status === 'sent' && (
        <>
          <button
            type="button"
            className="btn btn-win"
            disabled={disabled}
            title={t('actions.acceptAndWinHint')}
            data-testid="accept-and-win"
            onClick={() => void runner.run((version) => win.mutateAsync({ id, version }), (r) => t('notices.won', { number: r.order.number }))}
          >
            ★ {t('actions.acceptAndWin')}
          </button>
          <button type="button" className="btn" disabled={disabled} onClick={() => void runner.run((version) => accept.mutateAsync({ id, version }), () => t('notices.accepted'))}>
            {t('actions.accept')}
          </button>
          <button type="button" className="btn" disabled={disabled} onClick={() => void runner.run((version) => reject.mutateAsync({ id, version }), () => t('notices.rejected'))}>
            {t('actions.reject')}
          </button>
          <button type="button" className="btn btn-ghost" disabled={disabled} onClick={() => void runner.run((version) => expire.mutateAsync({ id, version }), () => t('notices.expired'))}>
            {t('actions.expire')}
          </button>
        </>
      )}
      {editor && quote.status === 'accepted' && !hasOrder && (
        <button
          type="button"
          className="btn btn-primary"
          disabled={disabled}
          onClick={() =>
            void runner.run((version) => convert.mutateAsync({ id, version }), (order) => t('notices.ordered', { number: order.number })).then((order) => {
              if (order) router.push(`/orders/${order.id}`);
            })
          }
        >
          {t('actions.convertToOrder')}
        </button>
      )}
      <PrintMenu quoteId={id} />
    </div>
  );
}
