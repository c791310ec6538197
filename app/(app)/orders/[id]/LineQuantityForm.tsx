'use client';

import { useState, type ReactNode } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import { formatQuantity } from '../../_documents/format';
import type { TOrderLineView } from './types';

const QUANTITY = /^\d{1,11}([.,]\d{1,3})?$/;

/**
 * A per-line quantity form (delivery or invoice): one input per line,
 * prefilled with `initial(line)`, validated as a decimal with up to 3
 * decimals (comma accepted) and capped at `max(line)`. Submits
 * `{ orderLineId, quantity }` with dots, leaving out zero lines.
 */
export function LineQuantityForm({
  title,
  hint,
  column,
  lines,
  initial,
  max,
  submitLabel,
  busy,
  onSubmit,
  onClose,
  extra,
  testId,
}: {
  title: string;
  hint: string;
  column: string;
  lines: TOrderLineView[];
  initial: (line: TOrderLineView) => string;
  max: (line: TOrderLineView) => string;
  submitLabel: string;
  busy: boolean;
  onSubmit: (lines: { orderLineId: string; quantity: string }[]) => void;
  onClose: () => void;
  /** Rendered under the table with the valid quantities entered (null while any is invalid). */
  extra?: (lines: { orderLineId: string; quantity: string }[] | null) => ReactNode;
  testId: string;
}) {
  const t = useTranslations('documents.orders');
  const locale = useLocale();
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(lines.map((l) => [l.id, trimZeros(initial(l))])));
  const invalid = lines.filter((l) => {
    const v = values[l.id] ?? '';
    return !QUANTITY.test(v.trim()) || Number(v.replace(',', '.')) > Number(max(l));
  });
  const entered = lines.filter((l) => Number((values[l.id] ?? '0').replace(',', '.')) > 0);
  const result = entered.map((l) => ({ orderLineId: l.id, quantity: values[l.id]!.trim().replace(',', '.') }));
  return (
    <form
      className="card doc-form"
      data-testid={testId}
      onSubmit={(e) => {
        e.preventDefault();
        if (invalid.length || !entered.length) return;
        onSubmit(result);
      }}
    >
      <h2 className="card-title">{title}</h2>
      <p className="hint">{hint}</p>
      <table className="table">
        <thead>
          <tr>
            <th>{t('description')}</th>
            <th className="num">{t('ordered')}</th>
            <th className="num">{t('delivery.open')}</th>
            <th className="num">{column}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.id}>
              <td>{l.description}</td>
              <td className="num">{formatQuantity(l.quantity, locale)}</td>
              <td className="num">{formatQuantity(max(l), locale)}</td>
              <td className="num">
                <input
                  className={`input input-sm doc-qty${invalid.includes(l) ? ' input-invalid' : ''}`}
                  inputMode="decimal"
                  aria-label={`${column}: ${l.description}`}
                  aria-invalid={invalid.includes(l)}
                  value={values[l.id] ?? ''}
                  onChange={(e) => setValues({ ...values, [l.id]: e.target.value })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {extra?.(invalid.length ? null : result)}
      <div className="form-actions">
        <button className="btn btn-primary" type="submit" disabled={busy || invalid.length > 0 || entered.length === 0}>
          {busy ? t('saving') : submitLabel}
        </button>
        <button className="btn btn-ghost" type="button" onClick={onClose}>{t('cancelForm')}</button>
      </div>
    </form>
  );
}

/** "6.000" → "6", "2.500" → "2.5" for editing. */
function trimZeros(quantity: string): string {
  return quantity.includes('.') ? quantity.replace(/\.?0+$/, '') : quantity;
}
