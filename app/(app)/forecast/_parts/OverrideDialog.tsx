'use client';

import { useState, type FormEvent } from 'react';
import { useTranslations } from 'use-intl';
import { currencyDigits } from '~/domain/format/money';
import { formatMoneyInput, parseMoneyInput } from '~/domain/format/parse-money';
import type { TForecastOverrideRow } from '~/domain/forecast/snapshot';
import { OverrideHistory } from './OverrideHistory';
import type { TReportFormat } from './use-report-format';

/**
 * A manager replaces one rep's number for a month and category, with a
 * mandatory note. The rep's current number stays visible; the server keeps
 * who and when.
 */
export function OverrideDialog(props: {
  row: TForecastOverrideRow;
  repName: string;
  f: TReportFormat;
  onSave: (amountMinor: number, note: string) => Promise<void>;
  onClose: () => void;
}) {
  const t = useTranslations('forecastReport');
  const { row, f } = props;
  const digits = currencyDigits(f.currency);
  const [amount, setAmount] = useState(formatMoneyInput(row.effectiveMinor, f.locale, digits));
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const example = formatMoneyInput(12_345_00, f.locale, digits);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const minor = parseMoneyInput(amount, f.locale, digits);
    if (minor === null || minor < 0) return setError(t('overrides.badAmount', { example }));
    if (note.trim().length < 3) return setError(t('overrides.noteRequired'));
    setSaving(true);
    setError(null);
    try {
      await props.onSave(minor, note.trim());
      props.onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setSaving(false);
    }
  }
  const title = t('overrides.edit', { rep: props.repName, category: t(`categories.${row.category}`), month: f.monthLong(row.month) });
  return (
    <div className="dialog-backdrop" role="presentation" onClick={props.onClose}>
      <form className="dialog" role="dialog" aria-modal="true" aria-labelledby="fc-override-title" onSubmit={submit} onClick={(e) => e.stopPropagation()} data-testid="override-dialog">
        <h2 id="fc-override-title">{title}</h2>
        <p className="muted fc-dialog-note">{t('overrides.current', { amount: f.money(row.originalMinor) })}</p>
        <label>
          {t('overrides.amount', { currency: f.currency })}
          <input className="input" inputMode="decimal" autoFocus value={amount} onChange={(e) => setAmount(e.target.value)} placeholder={example} data-testid="override-amount" />
        </label>
        <label>
          {t('overrides.note')}
          <input className="input" value={note} onChange={(e) => setNote(e.target.value)} placeholder={t('overrides.notePlaceholder')} maxLength={500} data-testid="override-note" />
        </label>
        {error && <p className="form-error" role="alert">{error}</p>}
        <OverrideHistory ownerId={row.ownerId} month={row.month} category={row.category} f={f} />
        <div className="form-actions">
          <button type="button" className="btn" onClick={props.onClose}>{t('overrides.cancel')}</button>
          <button type="submit" className="btn btn-primary" disabled={saving} data-testid="override-save">{saving ? t('overrides.saving') : t('overrides.save')}</button>
        </div>
      </form>
    </div>
  );
}
