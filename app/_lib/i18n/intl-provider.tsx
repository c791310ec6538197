'use client';

import type { ReactNode } from 'react';
import { IntlProvider } from 'use-intl';
import type { TLocale } from '~/domain/schemas/organization';
import { messagesByLocale } from './messages';

/** Client-side translations and Intl formatting for the chosen locale. */
export function AppIntlProvider({ locale, children }: { locale: TLocale; children: ReactNode }) {
  return (
    <IntlProvider locale={locale} messages={messagesByLocale[locale]} timeZone="Europe/Madrid">
      {children}
    </IntlProvider>
  );
}
