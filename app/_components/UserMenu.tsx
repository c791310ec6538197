'use client';

import { useTranslations } from 'use-intl';
import type { TRole } from '~/domain/roles';
import { authClient } from '../_lib/auth-client';
import { Avatar } from './Avatar';

/** The signed-in user, their role, and sign-out. */
export function UserMenu({ name, email, role }: { name: string; email: string; role: TRole }) {
  const t = useTranslations();
  async function signOut() {
    await authClient.signOut();
    window.location.assign('/login');
  }
  return (
    <div className="user-menu">
      <Avatar name={name} />
      <div className="user-menu-text">
        <span className="user-name" data-testid="user-name">{name}</span>
        <span className="user-role" title={email}>{t(`roles.${role}`)}</span>
      </div>
      <button type="button" className="btn btn-ghost" onClick={signOut} data-testid="sign-out">
        {t('nav.signOut')}
      </button>
    </div>
  );
}
