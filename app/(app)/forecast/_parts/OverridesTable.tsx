'use client';

import { useState } from 'react';
import { useTranslations } from 'use-intl';
import type { TForecastOverrideRow } from '~/domain/forecast/snapshot';
import { categoryColor } from '../_lib/colors';
import { emptyOverrideRow, overrideGrid, type TOverrideCategory } from '../_lib/override-grid';
import { OverrideDialog } from './OverrideDialog';
import type { TReportFormat } from './use-report-format';

type TProps = {
  rows: readonly TForecastOverrideRow[];
  owners: readonly { id: string; name: string }[];
  months: readonly string[];
  category: TOverrideCategory;
  canOverride: boolean;
  nameOf: (userId: string | null) => string;
  onSave: (row: TForecastOverrideRow, amountMinor: number, note: string) => Promise<void>;
  f: TReportFormat;
};

/**
 * Reps × months of one category (commit or best case). An overridden cell
 * shows the manager's number with the rep's original struck through beside
 * it and a number pointing to who, when and why, listed under the table
 * (and on hover). Managers click a cell to override;
 * reps and viewers only read.
 */
export function OverridesTable(props: TProps) {
  const t = useTranslations('forecastReport.overrides');
  const tc = useTranslations('forecastReport.categories');
  const { f } = props;
  const [editing, setEditing] = useState<TForecastOverrideRow | null>(null);
  const grid = overrideGrid(props.rows, props.owners, props.months, props.category);
  const nameOfOwner = (id: string) => props.owners.find((o) => o.id === id)?.name ?? id;
  // Who, when and why of each override in force, numbered as its cell: visible on touch screens and in print, not only on hover.
  const noted = grid.lines.flatMap((line) => line.cells.flatMap((cell) => (cell?.override ? [{ name: line.name, row: cell, override: cell.override }] : [])));
  const noteOf = new Map(noted.map((n, i) => [n.row, i + 1]));
  return (
    <div className="fc-table-scroll">
      <table className="table fc-table fc-overrides" data-testid={`overrides-${props.category}`}>
        <thead>
          <tr>
            <th>{t('rep')}</th>
            {props.months.map((m) => <th key={m} className="num">{f.month(m)}</th>)}
            <th className="num">{t('total')}</th>
          </tr>
        </thead>
        <tbody>
          {grid.lines.map((line) => (
            <tr key={line.ownerId}>
              <td className="cell-title nowrap">{line.name}</td>
              {line.cells.map((cell, i) => {
                const row = cell ?? emptyOverrideRow(line.ownerId, props.months[i]!, props.category);
                const o = row.override;
                const content = (
                  <>
                    <span className={o ? 'fc-override-value overridden' : 'fc-override-value'}>
                      {row.effectiveMinor === 0 && !o ? '·' : f.compact(row.effectiveMinor)}
                      {o && <sup className="fc-override-mark">{noteOf.get(row)}</sup>}
                    </span>
                    {o && <span className="fc-override-original">{t('original', { amount: f.compact(row.originalMinor) })}</span>}
                  </>
                );
                const exact = f.money(row.effectiveMinor);
                const title = o ? `${exact} · ${t('original', { amount: f.money(row.originalMinor) })} · ${t('overriddenBy', { name: props.nameOf(o.byUserId), when: f.instant(o.at), note: o.note })}` : exact;
                return (
                  <td key={row.month} className="num fc-override-cell" title={title} data-overridden={o ? 'true' : undefined}>
                    {props.canOverride ? (
                      <button type="button" className="fc-override-btn" onClick={() => setEditing(row)} aria-label={t('edit', { rep: line.name, category: tc(props.category), month: f.monthLong(row.month) })} data-testid="override-cell">
                        {content}
                      </button>
                    ) : (
                      content
                    )}
                  </td>
                );
              })}
              <td className="num strong" title={f.money(line.totalMinor)}>{f.compact(line.totalMinor)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td>
              <span className="fc-swatch" style={{ background: categoryColor[props.category] }} aria-hidden /> {t('total')}
            </td>
            {grid.monthTotals.map((total, i) => <td key={props.months[i]} className="num" title={f.money(total)}>{f.compact(total)}</td>)}
            <td className="num" title={f.money(grid.totalMinor)}>{f.compact(grid.totalMinor)}</td>
          </tr>
        </tfoot>
      </table>
      {noted.length > 0 && (
        <ol className="fc-override-notes" data-testid={`override-notes-${props.category}`}>
          {noted.map((n) => (
            <li key={`${n.row.ownerId}-${n.row.month}`}>
              <strong>
                {n.name}, {f.monthLong(n.row.month)}: {f.money(n.row.effectiveMinor)}
              </strong>{' '}
              <span className="muted">({t('original', { amount: f.money(n.row.originalMinor) })})</span> · {t('overriddenBy', { name: props.nameOf(n.override.byUserId), when: f.instant(n.override.at), note: n.override.note })}
            </li>
          ))}
        </ol>
      )}
      {editing && (
        <OverrideDialog
          row={editing}
          repName={nameOfOwner(editing.ownerId)}
          f={f}
          onSave={(amountMinor, note) => props.onSave(editing, amountMinor, note)}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}
