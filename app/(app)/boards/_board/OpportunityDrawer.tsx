'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { useTranslations } from 'use-intl';
import type { TBoardCard } from '~/domain/board/card';
import { canEdit } from '~/domain/roles';
import { QueryState } from '~/app/_components/QueryState';
import { useSocket } from '~/app/_lib/realtime/socket-provider';
import { useTRPC } from '~/app/_lib/trpc/react';
import type { AppRouter } from '~/server/trpc/root';
import { OpportunityQuotes } from '~/app/(app)/quotes/_parts/OpportunityQuotes';
import { OpportunityFacts } from './OpportunityFacts';
import { OpportunityForm } from './OpportunityForm';
import { OpportunityHistory } from './OpportunityHistory';

/** What `opportunity.get` answers: the deal with names, and its history newest first. */
export type TOpportunityDetail = inferRouterOutputs<AppRouter>['opportunity']['get'];

type TProps = { opportunityId: string; onClose: () => void; onSaved: (card: TBoardCard) => void };
type TNotice = { kind: 'ok' | 'error'; text: string } | null;

/**
 * A deal's detail in a right-side drawer: facts, an edit form and the
 * history. Modal (focus moves in, Tab stays in, Escape or a backdrop click
 * closes, focus returns to where it was). Stays live: a change of this deal
 * from anyone reloads the detail; the form keeps the version it started from,
 * so saving over someone else's change answers CONFLICT and reloads.
 */
export function OpportunityDrawer({ opportunityId, onClose, onSaved }: TProps) {
  const t = useTranslations('opportunity');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const detail = useQuery(trpc.opportunity.get.queryOptions({ id: opportunityId }));
  const me = useQuery(trpc.me.get.queryOptions());
  const [formKey, setFormKey] = useState(0);
  const [notice, setNotice] = useState<TNotice>(null);
  const panel = useModal(onClose);
  const { socket } = useSocket();

  useEffect(() => {
    if (!socket) return;
    const onCard = (event: { card: TBoardCard }) => {
      if (event.card.id === opportunityId) void queryClient.invalidateQueries({ queryKey: trpc.opportunity.get.queryKey({ id: opportunityId }) });
    };
    socket.on('board:card', onCard);
    return () => {
      socket.off('board:card', onCard);
    };
  }, [socket, opportunityId, queryClient, trpc]);

  /** Reloads the detail, then restarts the form from the fresh values. */
  async function reload(next: TNotice) {
    setNotice(next);
    await detail.refetch();
    setFormKey((k) => k + 1);
  }

  const data = detail.data;
  const readOnlyReason = me.data && !canEdit(me.data.role) ? t('readOnlyViewer') : data && data.opportunity.status !== 'open' ? t('readOnlyClosed') : null;
  return (
    <div className="drawer-backdrop" role="presentation" {...panel.backdropProps}>
      <aside ref={panel.ref} className="drawer" role="dialog" aria-modal="true" aria-labelledby="opp-drawer-title" tabIndex={-1} data-testid="opportunity-drawer">
        <header className="drawer-head">
          <div className="drawer-heading">
            <h2 id="opp-drawer-title">{data?.opportunity.title ?? t('dialogLabel')}</h2>
            {data && <span className="drawer-sub">{data.opportunity.customerName ?? t('empty')}</span>}
          </div>
          <button type="button" className="btn btn-ghost drawer-close" onClick={onClose} aria-label={t('close')}>✕</button>
        </header>
        {!data || !me.data ? (
          <div className="drawer-body">
            <QueryState error={detail.error ?? me.error} onRetry={() => void detail.refetch()} />
          </div>
        ) : (
          <div className="drawer-body">
            <OpportunityFacts opportunity={data.opportunity} />
            <OpportunityQuotes opportunityId={opportunityId} canCreate={canEdit(me.data.role) && data.opportunity.status === 'open'} />
            {notice && (
              <p className={notice.kind === 'ok' ? 'ok' : 'form-error'} role={notice.kind === 'ok' ? 'status' : 'alert'} data-testid="opp-notice">
                {notice.text}
              </p>
            )}
            <OpportunityForm
              key={`${opportunityId}:${formKey}`}
              opportunity={data.opportunity}
              readOnlyReason={readOnlyReason}
              onEditing={() => setNotice(null)}
              onReload={() => void reload(null)}
              onConflict={(message) => void reload({ kind: 'error', text: message })}
              onSaved={(card) => {
                onSaved(card);
                void reload({ kind: 'ok', text: t('saved') });
              }}
            />
            <OpportunityHistory history={data.history} currency={data.opportunity.currency} />
          </div>
        )}
      </aside>
    </div>
  );
}

/**
 * Modal behaviour for the drawer panel: focus moves in on open and back on
 * close, Tab cycles inside, Escape closes, and a click that both starts and
 * ends on the backdrop closes (a text selection dragged out of the panel does not).
 */
function useModal(onClose: () => void) {
  const ref = useRef<HTMLElement | null>(null);
  const pressedOnBackdrop = useRef(false);
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    ref.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        close.current();
      } else if (event.key === 'Tab' && ref.current) {
        trapTab(ref.current, event);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const backdropProps = {
    onMouseDown: (event: MouseEvent) => {
      pressedOnBackdrop.current = event.target === event.currentTarget;
    },
    onClick: (event: MouseEvent) => {
      if (pressedOnBackdrop.current && event.target === event.currentTarget) close.current();
      pressedOnBackdrop.current = false;
    },
  };
  return { ref, backdropProps };
}

/** Keeps Tab and Shift+Tab inside `container`. */
function trapTab(container: HTMLElement, event: KeyboardEvent) {
  const focusable = [...container.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])')].filter(
    (el) => !el.hasAttribute('disabled') && el.offsetParent !== null,
  );
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) return event.preventDefault();
  const active = document.activeElement;
  if (event.shiftKey && (active === first || active === container)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !container.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}
