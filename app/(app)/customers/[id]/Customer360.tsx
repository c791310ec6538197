'use client';

import { useQuery } from '@tanstack/react-query';
import { QueryState } from '~/app/_components/QueryState';
import { useTRPC } from '~/app/_lib/trpc/react';
import { canEdit } from '~/domain/roles';
import { ActivityTimeline } from './ActivityTimeline';
import { ContactsCard } from './ContactsCard';
import { CustomerHeader } from './CustomerHeader';
import { CustomerTiles } from './CustomerTiles';
import { DocumentLists } from './DocumentLists';
import { OpenDeals } from './OpenDeals';

/**
 * One customer at a glance, built for a projector: key facts and the edit
 * form, tiles for pipeline, quotes, orders and invoices, the open deals
 * (opening the same drawer as the boards), the documents and what happened
 * lately, newest first.
 */
export function Customer360({ id }: { id: string }) {
  const trpc = useTRPC();
  const view = useQuery(trpc.customer.get360.queryOptions({ id }));
  const me = useQuery(trpc.me.get.queryOptions());
  if (!view.data) return <QueryState error={view.error} onRetry={() => view.refetch()} />;
  const data = view.data;
  const editable = !!me.data && canEdit(me.data.role);
  return (
    <section className="page c360" data-testid="customer-360">
      <CustomerHeader data={data} editable={editable} onChanged={() => view.refetch()} />
      <CustomerTiles data={data} />
      <div className="c360-grid">
        <div className="c360-main">
          <OpenDeals data={data} onChanged={() => view.refetch()} />
          <DocumentLists data={data} />
        </div>
        <aside className="c360-side">
          <ContactsCard customerId={data.customer.id} contacts={data.customer.contacts} editable={editable} onChanged={() => view.refetch()} />
          <ActivityTimeline entries={data.timeline} />
        </aside>
      </div>
    </section>
  );
}
