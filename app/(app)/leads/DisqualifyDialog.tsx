'use client';

import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslations } from 'use-intl';
import { useTRPC } from '~/app/_lib/trpc/react';
import type { TLeadRow } from './types';

/** Asks for the (required) reason before disqualifying a lead. */
export function DisqualifyDialog({ lead, onClose, onDone }: { lead: TLeadRow; onClose: () => void; onDone: () => void }) {
  const t = useTranslations('leads');
  const trpc = useTRPC();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const disqualify = useMutation(trpc.lead.disqualify.mutationOptions({ onSuccess: onDone, onError: (e) => setProblem(e.message) }));
  const suggestions = t.raw('reasons') as string[];
  function submit(event: FormEvent) {
    event.preventDefault();
    if (reason.trim().length >= 3) disqualify.mutate({ id: lead.id, reason: reason.trim() });
  }
  return (
    <div className="dialog-backdrop" role="presentation" onClick={onClose}>
      <form className="dialog" role="dialog" aria-modal="true" aria-labelledby="disqualify-title" onSubmit={submit} onClick={(e) => e.stopPropagation()}>
        <h2 id="disqualify-title">{t('disqualifyTitle', { name: lead.fullName })}</h2>
        <label>
          {t('reason')}
          <input className="input" autoFocus value={reason} onChange={(e) => setReason(e.target.value)} list="disqualify-reasons" required minLength={3} data-testid="disqualify-reason" />
          <datalist id="disqualify-reasons">
            {suggestions.map((r) => <option key={r} value={r} />)}
          </datalist>
        </label>
        {problem && <p role="alert" className="form-error">{problem}</p>}
        <div className="form-actions">
          <button type="button" className="btn" onClick={onClose}>{t('cancel')}</button>
          <button type="submit" className="btn btn-danger" disabled={reason.trim().length < 3 || disqualify.isPending}>{t('confirmDisqualify')}</button>
        </div>
      </form>
    </div>
  );
}
