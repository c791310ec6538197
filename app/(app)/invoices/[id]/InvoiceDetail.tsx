'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import { Money } from '~/app/_components/Money';
import { QueryState } from '~/app/_components/QueryState';
import { useTRPC } from '~/app/_lib/trpc/react';
import { DocumentChain } from '../../_documents/DocumentChain';
import { daysBetween, formatDay, formatInstant, formatQuantity } from '../../_documents/format';
import { StatusChip } from '../../_documents/StatusChip';
import { useDocsLive } from '../../_documents/use-docs-live';

/** One invoice: lines, totals, due date with an overdue badge, the actions its state allows, and the chain. */
export function InvoiceDetail({ id }: { id: string }) {
  const t = useTranslations('documents.invoices');
  const tOrders = useTranslations('documents.orders');
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  useDocsLive();
  const me = useQuery(trpc.me.get.queryOptions());
  const query = useQuery(trpc.invoice.get.queryOptions({ id }));
  const [error, setError] = useState<string | null>(null);
  const options = {
    onSuccess: (data: NonNullable<typeof query.data>) => {
      setError(null);
      queryClient.setQueryData(trpc.invoice.get.queryKey({ id }), data);
      void queryClient.invalidateQueries(trpc.invoice.list.pathFilter());
      void queryClient.invalidateQueries(trpc.order.pathFilter());
      void queryClient.invalidateQueries(trpc.documentChain.pathFilter());
    },
    onError: (e: { message: string; data?: { code?: string } | null }) => {
      setError(e.message);
      if (e.data?.code === 'CONFLICT') void query.refetch();
    },
  };
  const authorize = useMutation(trpc.invoice.authorize.mutationOptions(options));
  const markPaid = useMutation(trpc.invoice.markPaid.mutationOptions(options));
  const cancel = useMutation(trpc.invoice.cancel.mutationOptions(options));
  if (!query.data) return <QueryState error={query.error} onRetry={() => query.refetch()} />;
  const view = query.data;
  const { invoice } = view;
  const busy = authorize.isPending || markPaid.isPending || cancel.isPending;
  const canEdit = !!me.data && me.data.role !== 'viewer';
  const target = { id, version: invoice.version };
  const days = daysBetween(view.today, invoice.dueDate);
  return (
    <section className="page doc-page">
      <Link href="/invoices" className="doc-back">{t('back')}</Link>
      <header className="doc-header">
        <div>
          <h1 className="page-title">
            <span className="mono">{invoice.number}</span> <StatusChip kind="invoices" status={view.displayStatus} />
          </h1>
          <p className="doc-facts">
            <strong>{view.customerName}</strong>
            {view.customerTaxId && <span className="mono">{view.customerTaxId}</span>}
            {invoice.orderId && (
              <span>
                {t('order')}: <Link href={`/orders/${invoice.orderId}`} className="mono">{view.orderNumber}</Link>
              </span>
            )}
            <span>{t('issueDate')}: {formatDay(invoice.issueDate, locale)}</span>
            <span>{t('dueDate')}: {formatDay(invoice.dueDate, locale)} ({t('terms', { days: view.paymentTermsDays })})</span>
          </p>
          <p className="doc-facts">
            {view.displayStatus === 'overdue' && <span className="pill doc-overdue-badge" data-testid="overdue-badge">{t('overdueBy', { count: -days })}</span>}
            {view.displayStatus === 'pending' && <span className="pill doc-due-badge">{t('dueIn', { count: days })}</span>}
            {invoice.authorizedAt && <span className="muted">{t('authorizedAt', { date: formatInstant(invoice.authorizedAt, locale) })}</span>}
            {invoice.paidAt && <span className="ok">{t('paidAt', { date: formatInstant(invoice.paidAt, locale) })}</span>}
          </p>
        </div>
        <div className="doc-total">
          <Money minor={invoice.grossMinor} currency={invoice.currency} />
        </div>
      </header>
      {canEdit ? (
        <div className="toolbar doc-actions" data-testid="invoice-actions">
          {invoice.status === 'draft' && <button className="btn btn-primary" disabled={busy} onClick={() => authorize.mutate(target)}>{t('authorize')}</button>}
          {invoice.status === 'authorized' && <button className="btn btn-primary" disabled={busy} onClick={() => markPaid.mutate(target)}>{t('markPaid')}</button>}
          {(invoice.status === 'draft' || invoice.status === 'authorized') && (
            <button
              className="btn btn-ghost doc-danger"
              disabled={busy}
              onClick={() => window.confirm(t('confirmCancel', { number: invoice.number })) && cancel.mutate(target)}
            >
              {t('cancel')}
            </button>
          )}
          {busy && <span className="muted">{t('saving')}</span>}
        </div>
      ) : (
        me.data && <p className="muted">{t('readOnly')}</p>
      )}
      {error && <div className="alert" role="alert">{error}</div>}
      <section className="card card-flush">
        <table className="table doc-lines" data-testid="invoice-lines">
          <thead>
            <tr>
              <th>{tOrders('position')}</th>
              <th>{t('description')}</th>
              <th className="num">{t('quantity')}</th>
              <th className="num">{t('unitPrice')}</th>
              <th className="num">{t('discount')}</th>
              <th className="num">{t('tax')}</th>
              <th className="num">{t('net')}</th>
              <th className="num">{t('gross')}</th>
            </tr>
          </thead>
          <tbody>
            {view.lines.map((l) => (
              <tr key={l.id}>
                <td>{l.position}</td>
                <td className="cell-title">{l.description}</td>
                <td className="num">
                  {formatQuantity(l.quantity, locale)}
                  {l.orderedQuantity && l.orderedQuantity !== l.quantity && <div className="cell-sub">{t('ofOrdered', { quantity: formatQuantity(l.orderedQuantity, locale) })}</div>}
                </td>
                <td className="num"><Money minor={l.unitPriceMinor} currency={invoice.currency} /></td>
                <td className="num">{l.discountBps ? `${l.discountBps / 100} %` : '—'}</td>
                <td className="num">{l.taxRateBps / 100} %</td>
                <td className="num"><Money minor={l.netMinor} currency={invoice.currency} /></td>
                <td className="num"><Money minor={l.grossMinor} currency={invoice.currency} /></td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td colSpan={7} className="num muted">{t('net')}</td>
              <td className="num"><Money minor={invoice.netMinor} currency={invoice.currency} /></td>
            </tr>
            <tr>
              <td colSpan={7} className="num muted">{t('taxTotal')}</td>
              <td className="num"><Money minor={invoice.taxMinor} currency={invoice.currency} /></td>
            </tr>
            <tr>
              <td colSpan={7} className="num cell-title">{t('gross')}</td>
              <td className="num cell-title"><Money minor={invoice.grossMinor} currency={invoice.currency} /></td>
            </tr>
          </tfoot>
        </table>
      </section>
      <DocumentChain type="invoice" id={id} />
    </section>
  );
}
