'use client';

import { useQuery } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'use-intl';
import { QueryState } from '~/app/_components/QueryState';
import { useTRPC } from '~/app/_lib/trpc/react';

/** The organization's import runs with their counts and error report links. */
export function ImportHistory() {
  const t = useTranslations('imports');
  const format = useFormatter();
  const trpc = useTRPC();
  const runs = useQuery(trpc.imports.listRuns.queryOptions());
  return (
    <section className="card">
      <h2 className="card-title">{t('history')}</h2>
      {!runs.data ? (
        <QueryState error={runs.error} onRetry={() => runs.refetch()} />
      ) : runs.data.length === 0 ? (
        <p className="muted">{t('historyEmpty')}</p>
      ) : (
        <table className="table" data-testid="import-history">
          <thead>
            <tr>
              <th>{t('when')}</th>
              <th>{t('what')}</th>
              <th>{t('fileName')}</th>
              <th>{t('who')}</th>
              <th>{t('status')}</th>
              <th>{t('counts')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {runs.data.map((run) => (
              <tr key={run.id}>
                <td>{format.dateTime(new Date(run.createdAt), { dateStyle: 'medium', timeStyle: 'short' })}</td>
                <td>{t(`entity.${run.entity}`)}</td>
                <td className="import-file-cell">{run.fileName ?? '—'}</td>
                <td>{run.createdByName ?? 'CLI'}</td>
                <td>
                  <span className={run.status === 'imported' ? 'pill import-pill-ok' : 'pill pill-danger'}>
                    {run.status === 'imported' ? t('statusImported') : t('statusRejected')}
                  </span>
                </td>
                <td className="muted import-counts-cell">
                  {Object.entries(run.rowCount)
                    .filter(([key]) => ['rows', 'imported', 'errors', 'warnings', 'accounts', 'products', 'agents', 'deals', 'won', 'lost'].includes(key))
                    .map(([key, value]) => `${key} ${format.number(value)}`)
                    .join(' · ')}
                </td>
                <td>
                  <a className="btn btn-ghost import-link" href={`/api/import/runs/${run.id}/report.csv`} download>
                    {t('report')}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
