'use client';

import { Fragment } from 'react';
import { useTranslations } from 'use-intl';
import { buildBoardRows, type TBoardRow, type TFigure } from '~/domain/invoicing/board-rows';
import { invoicingLanes } from '~/domain/schemas/invoicing';
import { CompactMoney } from './CompactMoney';
import { MonthHeader } from './MonthHeader';
import type { TInvoicingBoardData } from './types';

/**
 * The totals view: one row per lane figure (open pipeline with its weighted
 * value, won, orders, invoiced and its split), one column per month plus the
 * period total. Amounts are net, in the organization's currency.
 */
export function AggregatedGrid({ data }: { data: TInvoicingBoardData }) {
  const t = useTranslations('invoicing');
  const rows = buildBoardRows(data.aggregates, data.months);
  const columns = `minmax(200px, 240px) repeat(${data.months.length}, minmax(max-content, 1fr)) minmax(max-content, 1.1fr)`;
  return (
    <div className="inv-scroll">
      <div className="inv-grid inv-aggregated" style={{ gridTemplateColumns: columns }} role="table" aria-label={t('title')} data-testid="invoicing-aggregated">
        <div className="inv-corner" role="columnheader" />
        {data.months.map((month) => <MonthHeader key={month} month={month} currentMonth={data.currentMonth} />)}
        <div className="inv-month inv-total-head" role="columnheader">{t('total')}</div>
        {invoicingLanes.map((lane) => (
          <Fragment key={lane}>
            <div className={`inv-lane-head inv-lane-${lane}`} style={{ gridColumn: `1 / span ${data.months.length + 2}` }} role="rowheader">
              <span className="inv-lane-name">{t(`lanes.${lane}`)}</span>
              <span className="inv-lane-hint">{t(`laneHints.${lane}`)}</span>
            </div>
            {rows.filter((row) => row.lane === lane).map((row) => (
              <Row key={row.key} row={row} months={data.months} currentMonth={data.currentMonth} currency={data.currency} />
            ))}
          </Fragment>
        ))}
      </div>
    </div>
  );
}

function Row({ row, months, currentMonth, currency }: { row: TBoardRow; months: string[]; currentMonth: string; currency: string }) {
  const t = useTranslations('invoicing');
  const emphasis = 'laneTotal' in row && row.laneTotal ? ' inv-row-total' : '';
  return (
    <div className={`inv-row inv-row-${row.key}${emphasis}`} role="row" data-testid={`inv-row-${row.key}`}>
      <div className="inv-row-label" role="rowheader">
        <span>{t(`rows.${row.key}`)}</span>
        <span className="inv-row-hint">{t(`rowHints.${row.key}`)}</span>
      </div>
      {months.map((month) => (
        <Figure key={month} figure={row.byMonth.get(month)!} currency={currency} weighted={row.key === 'open'} deals={row.lane === 'opportunities'} className={month === currentMonth ? 'inv-cell inv-current' : month < currentMonth ? 'inv-cell inv-past' : 'inv-cell'} month={month} />
      ))}
      <Figure figure={row.total} currency={currency} weighted={row.key === 'open'} deals={row.lane === 'opportunities'} className="inv-cell inv-cell-total" month="total" />
    </div>
  );
}

function Figure({ figure, currency, weighted, deals, className, month }: { figure: TFigure; currency: string; weighted: boolean; deals: boolean; className: string; month: string }) {
  const t = useTranslations('invoicing');
  return (
    <div className={className} role="cell" data-month={month} data-count={figure.count} data-amount={figure.amountMinor}>
      {figure.count === 0 ? (
        <span className="inv-zero">{t('empty')}</span>
      ) : (
        <>
          <span className="inv-amount"><CompactMoney minor={figure.amountMinor} currency={currency} /></span>
          <span className="inv-count">{deals ? t('deals', { count: figure.count }) : t('count', { count: figure.count })}</span>
          {weighted && (
            <span className="inv-weighted" title={t('weighted')}>
              ≈ <CompactMoney minor={figure.weightedMinor} currency={currency} />
            </span>
          )}
        </>
      )}
    </div>
  );
}
