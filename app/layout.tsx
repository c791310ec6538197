import type { Metadata } from 'next';
import { cookies, headers } from 'next/headers';
import type { ReactNode } from 'react';
import { AppIntlProvider } from './_lib/i18n/intl-provider';
import { LOCALE_COOKIE, pickLocale } from './_lib/i18n/messages';
import { TrpcReactProvider } from './_lib/trpc/react';
import './globals.css';

export const metadata: Metadata = {
  title: 'Dealflow',
  description: 'Real-time collaborative sales pipeline',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = pickLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get('accept-language'));
  return (
    <html lang={locale}>
      <body>
        <AppIntlProvider locale={locale}>
          <TrpcReactProvider>{children}</TrpcReactProvider>
        </AppIntlProvider>
      </body>
    </html>
  );
}
