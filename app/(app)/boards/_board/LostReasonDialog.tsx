'use client';

import { useState, type FormEvent } from 'react';
import { useTranslations } from 'use-intl';

const SUGGESTED = ['Precio', 'Eligió a la competencia', 'Sin presupuesto', 'Proyecto cancelado', 'Sin respuesta'];

/** Asks why a deal was lost before it is closed as lost. */
export function LostReasonDialog({ title, onConfirm, onCancel }: { title: string; onConfirm: (reason: string) => void; onCancel: () => void }) {
  const t = useTranslations('board');
  const [reason, setReason] = useState('');
  function submit(event: FormEvent) {
    event.preventDefault();
    if (reason.trim().length >= 2) onConfirm(reason.trim());
  }
  return (
    <div className="dialog-backdrop" role="presentation" onClick={onCancel}>
      <form className="dialog" role="dialog" aria-modal="true" aria-labelledby="lost-title" onSubmit={submit} onClick={(e) => e.stopPropagation()}>
        <h2 id="lost-title">{t('lostTitle', { title })}</h2>
        <label>
          {t('lostReason')}
          <input className="input" autoFocus value={reason} onChange={(e) => setReason(e.target.value)} list="lost-reasons" required minLength={2} data-testid="lost-reason" />
          <datalist id="lost-reasons">
            {SUGGESTED.map((r) => <option key={r} value={r} />)}
          </datalist>
        </label>
        <div className="form-actions">
          <button type="button" className="btn" onClick={onCancel}>{t('cancel')}</button>
          <button type="submit" className="btn btn-danger" disabled={reason.trim().length < 2}>{t('markLost')}</button>
        </div>
      </form>
    </div>
  );
}
