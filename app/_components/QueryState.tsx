'use client';

import { useTranslations } from 'use-intl';

/** Loading skeleton or a readable error with a retry button for a query. */
export function QueryState({ error, onRetry }: { error: { message: string } | null; onRetry: () => void }) {
  const t = useTranslations('errors');
  if (!error) return <div className="skeleton" aria-busy="true" />;
  return (
    <div className="alert" role="alert">
      {t('generic', { message: error.message })}{' '}
      <button type="button" className="btn btn-ghost" onClick={onRetry}>
        {t('retry')}
      </button>
    </div>
  );
}
