'use client';

import { useTranslations } from 'use-intl';

export function SettingsTitle() {
  const t = useTranslations('settings');
  return <h1 className="page-title">{t('title')}</h1>;
}
