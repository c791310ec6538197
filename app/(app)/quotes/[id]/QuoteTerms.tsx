'use client';

import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { useTRPC } from '~/app/_lib/trpc/react';
import type { TQuoteDetail } from './QuoteDetail';
import type { useQuoteRunner } from './use-quote-runner';

/**
 * Validity date and notes (printed on the PDF). Editable while the quote is
 * a draft, saved when a field loses focus; read-only afterwards.
 */
export function QuoteTerms({ detail, editable, runner }: { detail: TQuoteDetail; editable: boolean; runner: ReturnType<typeof useQuoteRunner> }) {
  const t = useTranslations('documents.quotes');
  const trpc = useTRPC();
  const update = useMutation(trpc.quote.update.mutationOptions());
  const { quote } = detail;
  const [validUntil, setValidUntil] = useState(quote.validUntil ?? '');
  const [notes, setNotes] = useState(quote.notes ?? '');
  const canEdit = editable && quote.status === 'draft';
  const save = (patch: { validUntil?: string | null; notes?: string | null }) =>
    void runner.run((version) => update.mutateAsync({ id: quote.id, version, patch }), () => t('termsSaved'));

  if (!canEdit) {
    if (!quote.notes) return null;
    return (
      <section className="card q-terms" data-testid="quote-terms">
        <h2 className="card-title">{t('notes')}</h2>
        <p className="q-notes">{quote.notes}</p>
      </section>
    );
  }
  return (
    <section className="card q-terms" data-testid="quote-terms">
      <h2 className="card-title">{t('terms')}</h2>
      <label className="q-terms-field">
        <span>{t('validUntil')}</span>
        <input
          className="input"
          type="date"
          value={validUntil}
          min={quote.issueDate}
          onChange={(e) => setValidUntil(e.target.value)}
          onBlur={() => validUntil !== (quote.validUntil ?? '') && save({ validUntil: validUntil || null })}
          data-testid="quote-valid-until"
        />
      </label>
      <label className="q-terms-field">
        <span>{t('notes')}</span>
        <textarea
          className="input"
          rows={4}
          maxLength={4000}
          placeholder={t('notesPlaceholder')}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
          onBlur={() => notes.trim() !== (quote.notes ?? '') && save({ notes: notes.trim() || null })}
          data-testid="quote-notes"
        />
      </label>
    </section>
  );
}
