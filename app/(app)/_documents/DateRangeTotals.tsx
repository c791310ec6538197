'use client';

import { Money } from '~/app/_components/Money';

type TProps = {
  from: string;
  to: string;
  onChange: (patch: { from?: string; to?: string }) => void;
  labels: { from: string; to: string; count: string };
  /** Gross totals of the filtered list, one per currency (never added across currencies). */
  sums: { currency: string; grossMinor: number }[] | undefined;
};

/** The date-range filter and the "N documents · totals" summary of the order and invoice lists. */
export function DateRangeTotals({ from, to, onChange, labels, sums }: TProps) {
  return (
    <>
      <label className="doc-date-filter">
        {labels.from} <input className="input" type="date" value={from} onChange={(e) => onChange({ from: e.target.value })} />
      </label>
      <label className="doc-date-filter">
        {labels.to} <input className="input" type="date" value={to} onChange={(e) => onChange({ to: e.target.value })} />
      </label>
      {sums && (
        <span className="muted">
          {labels.count}
          {sums.map((s) => (
            <span key={s.currency}> · <Money minor={s.grossMinor} currency={s.currency} /></span>
          ))}
        </span>
      )}
    </>
  );
}
