'use client';

import { useTranslations } from 'use-intl';

/** A coloured chip for an order state or an invoice's display status (pending and overdue included). */
export function StatusChip({ kind, status }: { kind: 'orders' | 'invoices'; status: string }) {
  const t = useTranslations(`documents.${kind}.status`);
  return (
    <span className={`doc-chip doc-chip-${status}`} data-status={status}>
      {t(status as never)}
    </span>
  );
}
