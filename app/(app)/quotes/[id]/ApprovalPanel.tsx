'use client';

import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useFormatter, useTranslations } from 'use-intl';
import { useTRPC } from '~/app/_lib/trpc/react';
import { canManage, type TRole } from '~/domain/roles';
import type { TQuoteDetail } from './QuoteDetail';
import type { useQuoteRunner } from './use-quote-runner';

type TProps = { detail: TQuoteDetail; role: TRole; runner: ReturnType<typeof useQuoteRunner> };

/**
 * Where the quote stands on the discount rule: not needed, needed, pending
 * (managers get approve / reject with a note here), or decided (who, when,
 * why). A decision made before the lines changed is shown as the last one.
 */
export function ApprovalPanel({ detail, role, runner }: TProps) {
  const t = useTranslations('documents.quotes.approval');
  const format = useFormatter();
  const trpc = useTRPC();
  const decide = useMutation(trpc.quote.decideApproval.mutationOptions());
  const [note, setNote] = useState('');
  const { approval, quote } = detail;
  const threshold = format.number(approval.thresholdBps / 10_000, { style: 'percent', maximumFractionDigits: 2 });
  const decided = approval.decidedAt && approval.decidedByName && approval.status !== 'pending';
  const decision = (d: 'approved' | 'rejected') =>
    void runner.run((version) => decide.mutateAsync({ id: quote.id, version, decision: d, note }), () => {
      setNote('');
      return d === 'approved' ? t('decisions.approved') : t('decisions.rejected');
    });
  const lastDecision = decided && (
    <p className={`q-decision q-decision-${approval.status === 'not_required' ? 'old' : approval.status}`} data-testid="approval-decision">
      {t(approval.status === 'not_required' ? 'previous' : 'decided', {
        decision: t(`decisions.${approval.status === 'rejected' ? 'rejected' : 'approved'}`),
        name: approval.decidedByName ?? '',
        when: format.dateTime(approval.decidedAt!, { dateStyle: 'medium', timeStyle: 'short' }),
      })}
      {approval.note && <q className="q-decision-note">{approval.note}</q>}
    </p>
  );
  if (!approval.required && approval.status !== 'approved' && approval.status !== 'rejected') {
    return (
      <section className="card q-approval" data-testid="approval-panel">
        <h2 className="card-title">{t('heading')}</h2>
        <p className="muted">{t('notNeeded', { threshold })}</p>
      </section>
    );
  }
  return (
    <section className={`card q-approval q-approval-${approval.status}`} data-testid="approval-panel">
      <h2 className="card-title">{t('heading')}</h2>
      {quote.status === 'draft' && approval.status === 'not_required' && <p className="q-warn">{t('needed', { threshold })}</p>}
      {approval.status === 'pending' && <p className="q-warn">{t('pending')}</p>}
      {lastDecision}
      {approval.status === 'pending' && canManage(role) && (
        <div className="q-decide">
          <label className="q-label" htmlFor="approval-note">{t('note')}</label>
          <textarea id="approval-note" className="input" rows={2} value={note} placeholder={t('notePlaceholder')} onChange={(e) => setNote(e.target.value)} maxLength={2000} />
          <div className="q-decide-buttons">
            <button type="button" className="btn btn-primary" disabled={runner.busy} onClick={() => decision('approved')} data-testid="approve">
              ✓ {t('approve')}
            </button>
            <button type="button" className="btn btn-danger" disabled={runner.busy || !note.trim()} onClick={() => decision('rejected')} data-testid="reject-approval">
              ✕ {t('reject')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
