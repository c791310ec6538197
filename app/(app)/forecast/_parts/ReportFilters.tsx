'use client';

import { useTranslations } from 'use-intl';
import type { TForecastSnapshot } from '~/domain/forecast/snapshot';
import { partialQuarter } from '../_lib/chart-data';
import type { TReportFilter } from '../_lib/report-filter';

/**
 * Team, owner, pipeline and period, kept in the URL. Choosing a team
 * narrows the owner list; the owner is cleared when they are not in it.
 * The snapshot breaks figures down by one dimension at a time, so a team or
 * owner and a pipeline exclude each other: choosing one clears the other,
 * and the page never shows a pipeline chosen that no figure follows.
 */
export function ReportFilters(props: {
  filter: TReportFilter;
  dimensions: TForecastSnapshot['dimensions'];
  quarters: readonly string[];
  /** The snapshot's horizon, to name quarters it covers only partly. */
  months: readonly string[];
  monthLabel: (month: string) => string;
  set: (patch: Partial<Record<'owner' | 'team' | 'pipeline' | 'period', string | null>>) => void;
  clear: () => void;
}) {
  const t = useTranslations('forecastReport.filters');
  const { filter, dimensions } = props;
  const owners = dimensions.owners.filter((o) => !filter.team || (filter.team === 'none' ? o.teamId === null : o.teamId === filter.team));
  const active = filter.owner || filter.team || filter.pipeline || filter.period !== 'next12';
  return (
    <div className="fc-filters no-print" data-testid="forecast-filters">
      <label>
        {t('team')}
        <select
          className="input"
          value={filter.team ?? ''}
          onChange={(e) => {
            const team = e.target.value || null;
            const keepOwner = dimensions.owners.some((o) => o.id === filter.owner && (!team || o.teamId === (team === 'none' ? null : team)));
            props.set({ team, owner: keepOwner ? filter.owner : null, pipeline: team ? null : filter.pipeline });
          }}
          data-testid="filter-team"
        >
          <option value="">{t('allTeams')}</option>
          {dimensions.teams.map((team) => <option key={team.id} value={team.id}>{team.name}</option>)}
          <option value="none">{t('noTeam')}</option>
        </select>
      </label>
      <label>
        {t('owner')}
        <select className="input" value={filter.owner ?? ''} onChange={(e) => props.set({ owner: e.target.value || null, pipeline: e.target.value ? null : filter.pipeline })} data-testid="filter-owner">
          <option value="">{t('allOwners')}</option>
          {owners.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </select>
      </label>
      <label>
        {t('pipeline')}
        <select className="input" value={filter.pipeline ?? ''} onChange={(e) => props.set({ pipeline: e.target.value || null, ...(e.target.value ? { team: null, owner: null } : {}) })} data-testid="filter-pipeline">
          <option value="">{t('allPipelines')}</option>
          {dimensions.pipelines.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select>
      </label>
      <label>
        {t('period')}
        <select className="input" value={filter.period} onChange={(e) => props.set({ period: e.target.value === 'next12' ? null : e.target.value })} data-testid="filter-period">
          <option value="next3">{t('next3')}</option>
          <option value="next6">{t('next6')}</option>
          <option value="next12">{t('next12')}</option>
          {props.quarters.map((q) => {
            const partial = partialQuarter(q, props.months);
            return (
              <option key={q} value={q}>
                {t('quarter', { quarter: q.replace('-', ' ') })}
                {partial ? ` (${partial.map(props.monthLabel).join(', ')})` : ''}
              </option>
            );
          })}
        </select>
      </label>
      {active && <button type="button" className="btn btn-ghost" onClick={props.clear}>{t('clear')}</button>}
      <p className="fc-filter-hint">{t('oneDimension')}</p>
    </div>
  );
}
