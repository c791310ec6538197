'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'use-intl';
import { canEdit } from '~/domain/roles';
import { useTRPC } from '~/app/_lib/trpc/react';
import { ImportHistory } from './ImportHistory';
import { ImportWizard } from './ImportWizard';

/** The import wizard for reps and up; viewers see why not (the upload routes refuse them too) and the history. */
export default function ImportPage() {
  const t = useTranslations('imports');
  const trpc = useTRPC();
  const me = useQuery(trpc.me.get.queryOptions());
  return (
    <section className="page">
      <h1 className="page-title">{t('title')}</h1>
      <p className="muted import-intro">{t('intro')}</p>
      {me.data && (canEdit(me.data.role) ? <ImportWizard /> : <div className="alert" role="status" data-testid="import-viewer-notice">{t('viewerNotice')}</div>)}
      <ImportHistory />
    </section>
  );
}
