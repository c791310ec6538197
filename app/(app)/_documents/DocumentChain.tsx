'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useTranslations } from 'use-intl';
import { Money } from '~/app/_components/Money';
import { useTRPC } from '~/app/_lib/trpc/react';

type TDocType = 'opportunity' | 'quote' | 'order' | 'invoice';
type TNode = { type: TDocType; id: string; label: string; status: string; statusLabel: string; grossMinor: number; currency: string; link: string; depth: number };

/**
 * The chain opportunity → quotes → orders → invoices around one document, as
 * an indented timeline of clickable steps (the current document marked).
 * Usable on any document page: `<DocumentChain type="order" id={id} />`.
 */
export function DocumentChain({ type, id }: { type: TDocType; id: string }) {
  const t = useTranslations('documents');
  const trpc = useTRPC();
  const chain = useQuery(trpc.documentChain.get.queryOptions({ type, id }));
  if (!chain.data) return null;
  const { opportunity, quotes, orders, invoices } = chain.data;
  const nodes: TNode[] = [];
  const pushInvoices = (orderId: string, depth: number) => {
    for (const i of invoices.filter((x) => x.parentId === orderId)) {
      nodes.push({ type: 'invoice', id: i.id, label: i.number, status: i.displayStatus, statusLabel: t(`invoices.status.${i.displayStatus}`), grossMinor: i.grossMinor, currency: i.currency, link: i.link, depth });
    }
  };
  const placed = new Set<string>();
  const pushOrders = (matches: (parentId: string | null) => boolean, depth: number) => {
    for (const o of orders.filter((x) => !placed.has(x.id) && matches(x.parentId))) {
      placed.add(o.id);
      nodes.push({ type: 'order', id: o.id, label: o.number, status: o.status, statusLabel: t(`orders.status.${o.status}`), grossMinor: o.grossMinor, currency: o.currency, link: o.link, depth });
      pushInvoices(o.id, depth + 1);
    }
  };
  const base = opportunity ? 1 : 0;
  if (opportunity) {
    nodes.push({ type: 'opportunity', id: opportunity.id, label: opportunity.title, status: opportunity.status, statusLabel: t(`chain.opportunityStatus.${opportunity.status}`), grossMinor: opportunity.amountMinor, currency: opportunity.currency, link: opportunity.link, depth: 0 });
  }
  for (const q of quotes) {
    nodes.push({ type: 'quote', id: q.id, label: q.number, status: q.status, statusLabel: t(`chain.quoteStatus.${q.status}`), grossMinor: q.grossMinor, currency: q.currency, link: q.link, depth: base });
    pushOrders((parentId) => parentId === q.id, base + 1);
  }
  if (opportunity) pushOrders((parentId) => parentId === opportunity.id, base);
  pushOrders(() => true, 0);
  for (const i of invoices.filter((x) => !orders.some((o) => o.id === x.parentId))) {
    nodes.push({ type: 'invoice', id: i.id, label: i.number, status: i.displayStatus, statusLabel: t(`invoices.status.${i.displayStatus}`), grossMinor: i.grossMinor, currency: i.currency, link: i.link, depth: 0 });
  }
  return (
    <nav className="card doc-chain" aria-label={t('chain.title')} data-testid="document-chain">
      <h2 className="card-title">{t('chain.title')}</h2>
      {nodes.length <= 1 ? (
        <p className="muted">{t('chain.none')}</p>
      ) : (
        <ol className="doc-chain-list">
          {nodes.map((n) => {
            const current = n.type === type && n.id === id;
            return (
              <li key={`${n.type}:${n.id}`} className={`doc-chain-step doc-chain-${n.type}${current ? ' doc-chain-current' : ''}`} style={{ marginLeft: n.depth * 22 }}>
                <span className="doc-chain-type">{t(`chain.${n.type}`)}</span>
                {current ? (
                  <strong aria-current="page">{n.label}</strong>
                ) : (
                  <Link href={n.link}>{n.label}</Link>
                )}
                <span className={`doc-chip doc-chip-${n.status}`}>{n.statusLabel}</span>
                <Money minor={n.grossMinor} currency={n.currency} />
                {current && <span className="muted doc-chain-here">← {t('chain.here')}</span>}
              </li>
            );
          })}
        </ol>
      )}
    </nav>
  );
}
