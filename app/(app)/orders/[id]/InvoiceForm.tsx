'use client';

import { useState } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import { Money } from '~/app/_components/Money';
import { dueDate } from '~/domain/documents/due-date';
import { documentTotals } from '~/domain/money/document-totals';
import { lineTotals } from '~/domain/money/line-totals';
import { formatDay } from '../../_documents/format';
import { LineQuantityForm } from './LineQuantityForm';
import type { TOrderView } from './types';

/**
 * "Create invoice": a quantity per line, defaulting to what is still to
 * invoice, and the issue date (today). Shows the due date from the
 * customer's payment terms; the server recomputes everything.
 */
export function InvoiceForm({
  view,
  busy,
  onCreate,
  onClose,
}: {
  view: TOrderView;
  busy: boolean;
  onCreate: (input: { lines: { orderLineId: string; quantity: string }[]; issueDate: string }) => void;
  onClose: () => void;
}) {
  const t = useTranslations('documents.orders');
  const locale = useLocale();
  const [issueDate, setIssueDate] = useState(view.today);
  const open = view.lines.filter((l) => Number(l.remainingToInvoice) > 0);
  if (!open.length) return <p className="muted">{t('invoiceForm.nothingLeft')}</p>;
  let due: string | null = null;
  try {
    due = dueDate(issueDate, view.paymentTermsDays);
  } catch {
    due = null;
  }
  return (
    <LineQuantityForm
      testId="invoice-form"
      title={t('invoiceForm.title')}
      hint={t('invoiceForm.hint')}
      column={t('invoiceForm.quantity')}
      lines={open}
      initial={(l) => l.remainingToInvoice}
      max={(l) => l.remainingToInvoice}
      submitLabel={t('invoiceForm.save')}
      busy={busy}
      onClose={onClose}
      onSubmit={(lines) => onCreate({ lines, issueDate })}
      extra={(entered) => (
        <div className="doc-form-row">
          <label>
            {t('invoiceForm.issueDate')} <input className="input input-sm" type="date" value={issueDate} onChange={(e) => setIssueDate(e.target.value)} required />
          </label>
          {due && <span className="muted">{t('invoiceForm.dueDate', { date: formatDay(due, locale) })} · {t('paymentTerms', { days: view.paymentTermsDays })}</span>}
          {entered && (
            <span className="doc-form-total">
              <Money minor={previewGross(view, entered)} currency={view.order.currency} />
            </span>
          )}
        </div>
      )}
    />
  );
}

/** Gross total of the invoice being drafted, per-line rounded as the server does it. */
function previewGross(view: TOrderView, entered: { orderLineId: string; quantity: string }[]): number {
  const byId = new Map(view.lines.map((l) => [l.id, l]));
  return documentTotals(entered.map((e) => lineTotals({ ...byId.get(e.orderLineId)!, quantity: e.quantity }))).grossMinor;
}
