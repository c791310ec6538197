'use client';

import { useLocale, useTranslations } from 'use-intl';
import { formatMoney } from '~/domain/format/money';
import { Money } from '~/app/_components/Money';
import type { TCustomer360 } from './types';

type TTileProps = { label: string; count: number; amount: number; currency: string; sub?: React.ReactNode; tone?: 'danger' | 'ok' | 'warn'; testId: string };

function Tile({ label, count, amount, currency, sub, tone, testId }: TTileProps) {
  const t = useTranslations('customers');
  return (
    <div className={`c360-tile${tone ? ` c360-tile-${tone}` : ''}`} data-testid={testId}>
      <div className="kpi-label">{label}</div>
      <div className="kpi-value"><Money minor={amount} currency={currency} wholeUnits /></div>
      <div className="kpi-hint">{t('tiles.documents', { count })}{sub && <> · {sub}</>}</div>
    </div>
  );
}

/** Pipeline, quotes, orders and the invoice states as big figures in the organization's currency. */
export function CustomerTiles({ data }: { data: TCustomer360 }) {
  const t = useTranslations('customers');
  const cur = data.currency;
  const locale = useLocale();
  const money = (minor: number) => formatMoney(minor, cur, locale, { wholeUnits: true });
  const { opportunities: o, quotes: q, orders: r, invoices: i } = data;
  const other = q.summary.otherCurrency + r.summary.otherCurrency + i.summary.otherCurrency;
  return (
    <>
      <div className="c360-tiles">
        <Tile testId="tile-open" label={t('tiles.openDeals')} count={o.openCount} amount={o.openAmountMinor} currency={cur} sub={t('tiles.weighted', { amount: money(o.weightedAmountMinor) })} />
        <Tile
          testId="tile-quotes"
          label={t('tiles.quotes')}
          count={q.summary.total.count}
          amount={q.summary.total.grossMinor}
          currency={cur}
          sub={t('tiles.openQuotes', { count: q.summary.open.count, amount: money(q.summary.open.grossMinor) })}
        />
        <Tile
          testId="tile-orders"
          label={t('tiles.orders')}
          count={r.summary.total.count}
          amount={r.summary.total.grossMinor}
          currency={cur}
          sub={t('tiles.closedOrders', { count: r.summary.closed.count, amount: money(r.summary.closed.grossMinor) })}
        />
        <Tile testId="tile-authorized" label={t('tiles.authorized')} count={i.summary.authorized.count} amount={i.summary.authorized.grossMinor} currency={cur} />
        <Tile testId="tile-pending" label={t('tiles.pending')} count={i.summary.pending.count} amount={i.summary.pending.grossMinor} currency={cur} tone="warn" />
        <Tile testId="tile-overdue" label={t('tiles.overdue')} count={i.summary.overdue.count} amount={i.summary.overdue.grossMinor} currency={cur} tone={i.summary.overdue.count ? 'danger' : undefined} />
        <Tile testId="tile-paid" label={t('tiles.paid')} count={i.summary.paid.count} amount={i.summary.paid.grossMinor} currency={cur} tone="ok" />
      </div>
      {other > 0 && <p className="muted">{t('tiles.otherCurrency', { count: other })}</p>}
    </>
  );
}
