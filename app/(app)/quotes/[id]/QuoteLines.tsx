'use client';

import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'use-intl';
import { Money } from '~/app/_components/Money';
import { useTRPC } from '~/app/_lib/trpc/react';
import { LineRow } from './LineRow';
import { ProductPicker } from './ProductPicker';
import type { TQuoteDetail } from './QuoteDetail';
import type { useQuoteRunner } from './use-quote-runner';

type TProps = { detail: TQuoteDetail; editable: boolean; runner: ReturnType<typeof useQuoteRunner> };

/** The line editor (drafts, for editors, unless an approval is pending) and the quote's totals. */
export function QuoteLines({ detail, editable, runner }: TProps) {
  const t = useTranslations('documents.quotes');
  const trpc = useTRPC();
  const add = useMutation(trpc.quote.addLine.mutationOptions());
  const { quote, lines, approval } = detail;
  const locked = quote.status !== 'draft' ? 'lockedStatus' : approval.status === 'pending' ? 'lockedPending' : null;
  const canEditLines = editable && !locked;
  return (
    <section className="card card-flush q-lines" data-testid="quote-lines">
      <div className="q-lines-head">
        <h2 className="card-title">{t('lines.heading')}</h2>
        {editable && locked === 'lockedPending' && <span className="q-warn">{t('lines.lockedPending')}</span>}
      </div>
      <table className="table q-lines-table">
        <thead>
          <tr>
            <th className="q-pos">#</th>
            <th>{t('lines.description')}</th>
            <th className="num">{t('lines.quantity')}</th>
            <th className="num">{t('lines.unitPrice')}</th>
            <th className="num">{t('lines.discount')}</th>
            <th className="num">{t('lines.taxRate')}</th>
            <th className="num">{t('lines.net')}</th>
            <th aria-label={t('lines.remove')} />
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <LineRow key={line.id} line={line} quoteId={quote.id} currency={quote.currency} thresholdBps={approval.thresholdBps} editable={canEditLines} runner={runner} />
          ))}
          {lines.length === 0 && (
            <tr>
              <td colSpan={8} className="muted q-empty">{t('lines.empty')}</td>
            </tr>
          )}
        </tbody>
      </table>
      {canEditLines && (
        <div className="q-add">
          <ProductPicker quoteId={quote.id} currency={quote.currency} runner={runner} />
          <button
            type="button"
            className="btn"
            disabled={runner.busy}
            onClick={() =>
              void runner.run((version) =>
                add.mutateAsync({ quoteId: quote.id, version, line: { productId: null, description: t('lines.freeLineDefault'), quantity: '1', unitPriceMinor: 0, taxRateBps: 2100 } }),
              )
            }
          >
            + {t('lines.addFreeLine')}
          </button>
        </div>
      )}
      <dl className="q-totals" data-testid="quote-totals">
        <dt>{t('totals.net')}</dt>
        <dd><Money minor={quote.netMinor} currency={quote.currency} /></dd>
        <dt>{t('totals.tax')}</dt>
        <dd><Money minor={quote.taxMinor} currency={quote.currency} /></dd>
        <dt className="q-grand">{t('totals.gross')}</dt>
        <dd className="q-grand"><Money minor={quote.grossMinor} currency={quote.currency} /></dd>
      </dl>
      {quote.notes && (
        <div className="q-notes">
          <h3>{t('notes')}</h3>
          <p>{quote.notes}</p>
        </div>
      )}
    </section>
  );
}
