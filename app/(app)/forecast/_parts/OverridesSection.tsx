'use client';

import { useState } from 'react';
import { useTranslations } from 'use-intl';
import type { TForecastOverrideRow } from '~/domain/forecast/snapshot';
import { buildCsv } from '../_lib/csv';
import type { TOverrideCategory } from '../_lib/override-grid';
import { CsvButton } from './CsvButton';
import { OverridesTable } from './OverridesTable';
import type { TReportModel } from './report-model';
import { ReportSection } from './ReportSection';

/**
 * The rep × month forecast (commit or best case) with managers' overrides.
 * Follows the team and owner filters; overrides are per rep, so the
 * pipeline filter does not apply here. Viewers and members without deals
 * are left out.
 */
export function OverridesSection(props: { m: TReportModel; canOverride: boolean; nameOf: (userId: string | null) => string; isRep: (userId: string) => boolean; onSave: (row: TForecastOverrideRow, amountMinor: number, note: string) => Promise<void> }) {
  const { m } = props;
  const t = useTranslations('forecastReport');
  const [category, setCategory] = useState<TOverrideCategory>('commit');
  const { filter } = m;
  // Reps, plus anyone else (a manager, an admin) who owns deals with a forecast number.
  const withNumbers = new Set(m.s.overrides.map((r) => r.ownerId));
  const owners = m.s.dimensions.owners.filter(
    (o) => (withNumbers.has(o.id) || props.isRep(o.id)) && (filter.owner ? o.id === filter.owner : !filter.team || o.teamId === (filter.team === 'none' ? null : filter.team)),
  );
  const inPeriod = new Set(m.months);
  const ownerIds = new Set(owners.map((o) => o.id));
  const rows = m.s.overrides.filter((r) => inPeriod.has(r.month) && ownerIds.has(r.ownerId));
  const csvRows = () =>
    rows.map((r) => ({
      owner: owners.find((o) => o.id === r.ownerId)?.name ?? r.ownerId,
      month: r.month,
      category: t(`categories.${r.category}`),
      originalMinor: r.originalMinor,
      effectiveMinor: r.effectiveMinor,
      note: r.override?.note ?? null,
      by: r.override ? props.nameOf(r.override.byUserId) : null,
      at: r.override?.at ?? null,
    }));
  return (
    <ReportSection
      title={t('overrides.title')}
      hint={props.canOverride ? t('overrides.hint') : `${t('overrides.hint')} ${t('overrides.readOnly')}`}
      testId="section-overrides"
      className="fc-wide fc-breakable"
      empty={owners.length === 0 ? t('overrides.empty') : null}
      actions={
        <>
          <div className="fc-toggle no-print" role="group" aria-label={t('overrides.category')}>
            {(['commit', 'best_case'] as const).map((c) => (
              <button key={c} type="button" aria-pressed={category === c} onClick={() => setCategory(c)} data-testid={`overrides-toggle-${c}`}>
                {t(`categories.${c}`)}
              </button>
            ))}
          </div>
          <CsvButton table="overrides" build={() => buildCsv(m.csv.overrides, csvRows())} />
        </>
      }
    >
      <OverridesTable rows={rows} owners={owners} months={m.months} category={category} canOverride={props.canOverride} nameOf={props.nameOf} onSave={props.onSave} f={m.f} />
    </ReportSection>
  );
}
