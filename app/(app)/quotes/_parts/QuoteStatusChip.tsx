'use client';

import { useTranslations } from 'use-intl';
import type { TQuoteStatus } from '~/domain/documents/quote-status';
import type { TApprovalStatus } from '~/domain/documents/quote-approval';

/** A quote's status as a coloured chip; a pending or rejected approval shows as a second chip. */
export function QuoteStatusChip({ status, approval, large }: { status: TQuoteStatus; approval?: TApprovalStatus; large?: boolean }) {
  const t = useTranslations('documents.quotes');
  return (
    <span className={large ? 'q-chips q-chips-large' : 'q-chips'}>
      <span className={`q-chip q-chip-${status}`} data-testid="quote-status">{t(`statuses.${status}`)}</span>
      {approval && approval !== 'not_required' && (status === 'draft' || approval === 'approved') && (
        <span className={`q-chip q-approval-${approval}`}>{t(`approvalStatuses.${approval}`)}</span>
      )}
    </span>
  );
}
