import type { ReactNode } from 'react';
import { AppShell } from '../_components/AppShell';

/** Every page in this group requires a session; the custom server redirects anonymous visitors to /login. */
export default function AppLayout({ children }: { children: ReactNode }) {
  return <AppShell>{children}</AppShell>;
}
