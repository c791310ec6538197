'use client';

import { Suspense } from 'react';
import { useTranslations } from 'use-intl';
import { Board } from '../_board/Board';

/** The board with one column per probability band. */
export function ProbabilityBoard() {
  const t = useTranslations('nav');
  return (
    <Suspense>
      <Board boardKey="probability" title={t('probabilityBoard')} />
    </Suspense>
  );
}
