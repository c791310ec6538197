'use client';

import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import { SocketProvider } from '../_lib/realtime/socket-provider';
import { useTRPC } from '../_lib/trpc/react';
import { LanguageSwitch } from './LanguageSwitch';
import { LiveIndicator } from './LiveIndicator';
import { Nav } from './Nav';
import { NotificationBell } from './NotificationBell';
import { UserMenu } from './UserMenu';

/** Sidebar + top bar around every signed-in page. */
export function AppShell({ children }: { children: ReactNode }) {
  const t = useTranslations('app');
  const trpc = useTRPC();
  const me = useQuery(trpc.me.get.queryOptions());
  return (
    <SocketProvider>
    <div className="shell">
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-mark" aria-hidden>◆</span>
          <div>
            <div className="brand-name">{t('name')}</div>
            <div className="brand-tag">{t('tagline')}</div>
          </div>
        </div>
        <Nav />
      </aside>
      <div className="main">
        <header className="topbar">
          <div className="org-name" data-testid="org-name">{me.data?.organization.name ?? ' '}</div>
          <div className="topbar-right">
            <LiveIndicator />
            {me.data && <NotificationBell />}
            <LanguageSwitch />
            {me.data && <UserMenu name={me.data.user.name} email={me.data.user.email} role={me.data.role} />}
          </div>
        </header>
        <main className="content">{children}</main>
      </div>
    </div>
    </SocketProvider>
  );
}
