'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'use-intl';
import { QueryState } from '~/app/_components/QueryState';
import { useTRPC } from '~/app/_lib/trpc/react';

/** Each pipeline's stages with default probability and rotting threshold. */
export function PipelinesCard() {
  const t = useTranslations('settings');
  const trpc = useTRPC();
  const list = useQuery(trpc.pipeline.list.queryOptions());
  if (!list.data) return <QueryState error={list.error} onRetry={() => list.refetch()} />;
  return (
    <div className="card">
      <h2 className="card-title">{t('pipelines')}</h2>
      <div className="pipelines">
        {list.data.map((p) => (
          <div key={p.id} className="pipeline">
            <h3>{p.name}</h3>
            <ol className="stages">
              {p.stages.map((s) => (
                <li key={s.id}>
                  <span className="stage-name">{s.name}</span>
                  <span className="stage-meta">
                    {s.defaultProbability} % · {t('rotting')} {s.rottingDays ? t('days', { count: s.rottingDays }) : t('never')}
                  </span>
                </li>
              ))}
            </ol>
          </div>
        ))}
      </div>
    </div>
  );
}
