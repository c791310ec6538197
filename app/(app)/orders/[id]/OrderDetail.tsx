'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import { Money } from '~/app/_components/Money';
import { QueryState } from '~/app/_components/QueryState';
import { useTRPC } from '~/app/_lib/trpc/react';
import { DocumentChain } from '../../_documents/DocumentChain';
import { formatDay, formatInstant } from '../../_documents/format';
import { StatusChip } from '../../_documents/StatusChip';
import { useDocsLive } from '../../_documents/use-docs-live';
import { DeliveryForm } from './DeliveryForm';
import { InvoiceForm } from './InvoiceForm';
import { OrderInvoices } from './OrderInvoices';
import { OrderLines } from './OrderLines';
import { StatusHistory } from './StatusHistory';
import { useOrderActions } from './use-order-action';

type TPanel = 'delivery' | 'invoice' | null;

/** One order: facts, state actions, lines, delivery and invoice forms, invoices, history and the document chain. */
export function OrderDetail({ id }: { id: string }) {
  const t = useTranslations('documents.orders');
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  useDocsLive();
  const me = useQuery(trpc.me.get.queryOptions());
  const query = useQuery(trpc.order.get.queryOptions({ id }));
  const actions = useOrderActions(id);
  const [panel, setPanel] = useState<TPanel>(null);
  if (!query.data) return <QueryState error={query.error} onRetry={() => query.refetch()} />;
  const view = query.data;
  const { order } = view;
  const canEdit = !!me.data && me.data.role !== 'viewer';
  const canDeliver = order.status === 'confirmed' || order.status === 'partially_delivered';
  const canInvoice = ['confirmed', 'partially_delivered', 'delivered'].includes(order.status) && view.lines.some((l) => Number(l.remainingToInvoice) > 0);
  const change = (status: 'confirmed' | 'delivered' | 'cancelled') => {
    if (status === 'cancelled' && !window.confirm(t('confirmCancel', { number: order.number }))) return;
    actions.changeStatus.mutate({ id, version: order.version, status });
  };
  return (
    <section className="page doc-page">
      <Link href="/orders" className="doc-back">{t('back')}</Link>
      <header className="doc-header">
        <div>
          <h1 className="page-title">
            <span className="mono">{order.number}</span> <StatusChip kind="orders" status={order.status} />
          </h1>
          <p className="doc-facts">
            <strong>{view.customerName}</strong>
            <span>{t('orderDate')}: {formatDay(order.orderDate, locale)}</span>
            {order.promisedDate && <span>{t('promisedDate')}: {formatDay(order.promisedDate, locale)}</span>}
            {order.deliveredAt && <span>{t('deliveredAt')}: {formatInstant(order.deliveredAt, locale)}</span>}
            <span>{t('owner')}: {view.ownerName ?? '—'}</span>
            <span>{t('paymentTerms', { days: view.paymentTermsDays })}</span>
          </p>
        </div>
        <div className="doc-total">
          <Money minor={order.grossMinor} currency={order.currency} />
        </div>
      </header>
      {canEdit ? (
        <div className="toolbar doc-actions" data-testid="order-actions">
          {view.nextStatuses.map((s) => (
            <button key={s} className={s === 'cancelled' ? 'btn btn-ghost doc-danger' : 'btn btn-primary'} disabled={actions.busy} onClick={() => change(s as 'confirmed' | 'delivered' | 'cancelled')}>
              {t(`actions.${s}` as never)}
            </button>
          ))}
          {canDeliver && (
            <button className="btn" disabled={actions.busy} onClick={() => setPanel(panel === 'delivery' ? null : 'delivery')}>{t('actions.recordDelivery')}</button>
          )}
          {canInvoice && (
            <button className="btn" disabled={actions.busy} onClick={() => setPanel(panel === 'invoice' ? null : 'invoice')} data-testid="create-invoice">{t('actions.createInvoice')}</button>
          )}
        </div>
      ) : (
        me.data && <p className="muted">{t('readOnly')}</p>
      )}
      {actions.error && <div className="alert" role="alert">{actions.error}</div>}
      {panel === 'delivery' && canDeliver && (
        <DeliveryForm
          key={order.version}
          view={view}
          busy={actions.busy}
          onClose={() => setPanel(null)}
          onDeliver={(lines) => actions.deliver.mutate({ id, version: order.version, lines }, { onSuccess: () => setPanel(null) })}
        />
      )}
      {panel === 'invoice' && canInvoice && (
        <InvoiceForm
          key={view.lines.map((l) => l.remainingToInvoice).join()}
          view={view}
          busy={actions.busy}
          onClose={() => setPanel(null)}
          onCreate={(input) => actions.createInvoice.mutate({ orderId: id, ...input }, { onSuccess: (created) => router.push(`/invoices/${created.invoice.id}`) })}
        />
      )}
      <OrderLines view={view} />
      <div className="doc-columns">
        <OrderInvoices view={view} />
        <StatusHistory history={view.history} />
      </div>
      <DocumentChain type="order" id={id} />
    </section>
  );
}
