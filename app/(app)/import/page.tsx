'use client';

import { useTranslations } from 'use-intl';
import { ImportHistory } from './ImportHistory';
import { ImportWizard } from './ImportWizard';

export default function ImportPage() {
  const t = useTranslations('imports');
  return (
    <section className="page">
      <h1 className="page-title">{t('title')}</h1>
      <p className="muted import-intro">{t('intro')}</p>
      <ImportWizard />
      <ImportHistory />
    </section>
  );
}
