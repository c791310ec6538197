'use client';

import { useTranslations } from 'use-intl';

/** Placeholder for pages a later issue builds; says what is coming. */
export function ComingSoon({ titleKey, bodyKey }: { titleKey: string; bodyKey: 'probabilityBoard' | 'stageBoard' | 'invoicingBoard' | 'forecast' }) {
  const t = useTranslations();
  return (
    <section className="page">
      <h1 className="page-title">{t(titleKey)}</h1>
      <div className="card soon" data-testid="coming-soon">
        <span className="soon-badge">{t('soon.title')}</span>
        <p>{t(`soon.${bodyKey}`)}</p>
      </div>
    </section>
  );
}
