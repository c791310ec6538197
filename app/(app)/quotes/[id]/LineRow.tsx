'use client';

import { useMutation } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'use-intl';
import { Money } from '~/app/_components/Money';
import { useTRPC } from '~/app/_lib/trpc/react';
import { currencyDigits } from '~/domain/format/money';
import { parseMoneyInput } from '~/domain/format/parse-money';
import { bpsToInput, parseDecimalInput, parsePercentInput, quantityToInput } from '../_parts/decimal-input';
import type { TQuoteDetail } from './QuoteDetail';
import { CellInput } from './CellInput';
import type { useQuoteRunner } from './use-quote-runner';

type TLine = TQuoteDetail['lines'][number];
type TProps = { line: TLine; quoteId: string; currency: string; thresholdBps: number; editable: boolean; runner: ReturnType<typeof useQuoteRunner> };

/** One quote line: inputs that save on leaving the field while the quote is editable, plain text otherwise. */
export function LineRow({ line, quoteId, currency, thresholdBps, editable, runner }: TProps) {
  const t = useTranslations('documents.quotes.lines');
  const locale = useLocale();
  const trpc = useTRPC();
  const update = useMutation(trpc.quote.updateLine.mutationOptions());
  const remove = useMutation(trpc.quote.removeLine.mutationOptions());
  const digits = currencyDigits(currency);
  const moneyText = (minor: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(minor / 10 ** digits);
  const percent = (bps: number) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(bps / 10_000);
  const above = line.discountBps > thresholdBps ? t('aboveThreshold', { threshold: percent(thresholdBps) }) : null;
  const save = (patch: Record<string, unknown>) => void runner.run((version) => update.mutateAsync({ quoteId, lineId: line.id, version, patch }));
  const invalid = t('invalidNumber');

  if (!editable) {
    return (
      <tr>
        <td className="q-pos">{line.position}</td>
        <td className="q-desc">{line.description}</td>
        <td className="num">{quantityToInput(line.quantity, locale)}</td>
        <td className="num"><Money minor={line.unitPriceMinor} currency={currency} /></td>
        <td className={above ? 'num q-over' : 'num'} title={above ?? undefined}>{line.discountBps ? percent(line.discountBps) : ''}</td>
        <td className="num">{percent(line.taxRateBps)}</td>
        <td className="num q-net"><Money minor={line.netMinor} currency={currency} /></td>
        <td />
      </tr>
    );
  }
  return (
    <tr data-testid="quote-line">
      <td className="q-pos">{line.position}</td>
      <td className="q-desc">
        <CellInput value={line.description} label={t('description')} validate={(d) => (d.trim() ? null : t('description'))} onCommit={(d) => save({ description: d.trim() })} className="q-cell-text" />
      </td>
      <td className="num">
        <CellInput value={quantityToInput(line.quantity, locale)} label={t('quantity')} validate={(d) => (parseDecimalInput(d, 3) && Number(parseDecimalInput(d, 3)) > 0 ? null : invalid)} onCommit={(d) => save({ quantity: parseDecimalInput(d, 3) })} className="q-cell-num" />
      </td>
      <td className="num">
        <CellInput value={moneyText(line.unitPriceMinor)} label={t('unitPrice')} validate={(d) => (parseMoneyInput(d, locale, digits) === null ? invalid : null)} onCommit={(d) => save({ unitPriceMinor: parseMoneyInput(d, locale, digits) })} className="q-cell-money" />
      </td>
      <td className="num">
        <CellInput value={bpsToInput(line.discountBps, locale)} label={t('discount')} validate={(d) => (parsePercentInput(d) === null ? invalid : null)} onCommit={(d) => save({ discountBps: parsePercentInput(d) })} className="q-cell-pct" warn={above} />
      </td>
      <td className="num">
        <CellInput value={bpsToInput(line.taxRateBps, locale)} label={t('taxRate')} validate={(d) => (parsePercentInput(d) === null ? invalid : null)} onCommit={(d) => save({ taxRateBps: parsePercentInput(d) })} className="q-cell-pct" />
      </td>
      <td className="num q-net"><Money minor={line.netMinor} currency={currency} /></td>
      <td>
        <button type="button" className="btn btn-ghost q-remove" aria-label={t('remove')} title={t('remove')} disabled={runner.busy} onClick={() => void runner.run((version) => remove.mutateAsync({ quoteId, lineId: line.id, version }))}>
          ✕
        </button>
      </td>
    </tr>
  );
}
