'use client';

import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'use-intl';
import { LOCALE_COOKIE } from '../_lib/i18n/messages';

/** Switches the UI language; the choice is kept in a cookie for a year. */
export function LanguageSwitch() {
  const locale = useLocale();
  const router = useRouter();
  const t = useTranslations('nav');
  function choose(next: 'es' | 'en') {
    document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
    router.refresh();
  }
  return (
    <div className="lang-switch" role="group" aria-label={t('language')}>
      {(['es', 'en'] as const).map((l) => (
        <button key={l} type="button" aria-pressed={locale === l} onClick={() => choose(l)} data-testid={`lang-${l}`}>
          {l.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
