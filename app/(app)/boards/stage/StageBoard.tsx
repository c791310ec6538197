'use client';

import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'next/navigation';
import { Suspense } from 'react';
import { useTranslations } from 'use-intl';
import { QueryState } from '~/app/_components/QueryState';
import { useTRPC } from '~/app/_lib/trpc/react';
import { Board } from '../_board/Board';

function StageBoardInner() {
  const t = useTranslations('nav');
  const trpc = useTRPC();
  const params = useSearchParams();
  const pipelines = useQuery(trpc.pipeline.list.queryOptions());
  if (!pipelines.data) return <QueryState error={pipelines.error} onRetry={() => pipelines.refetch()} />;
  const requested = params.get('pipeline');
  const pipeline = pipelines.data.find((p) => p.id === requested) ?? pipelines.data.find((p) => p.isDefault) ?? pipelines.data[0];
  if (!pipeline) return <p className="muted">—</p>;
  return <Board key={pipeline.id} boardKey={`stage:${pipeline.id}`} title={t('stageBoard')} />;
}

/** The board with one column per stage of the chosen pipeline (`?pipeline=`, default pipeline otherwise). */
export function StageBoard() {
  return (
    <Suspense>
      <StageBoardInner />
    </Suspense>
  );
}
