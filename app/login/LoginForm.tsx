'use client';

import { useSearchParams } from 'next/navigation';
import { Suspense, useState, type FormEvent } from 'react';
import { useTranslations } from 'use-intl';
import { safeNext } from '~/domain/navigation/safe-next';
import { authClient } from '../_lib/auth-client';
import { LanguageSwitch } from '../_components/LanguageSwitch';

function Form() {
  const t = useTranslations('login');
  const params = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const { error: failure } = await authClient.signIn.email({
      email: String(form.get('email') ?? '').trim(),
      password: String(form.get('password') ?? ''),
    });
    if (failure) {
      setPending(false);
      if (failure.status === 401 || failure.status === 400) setError(t('invalid'));
      else if (failure.status === 429) setError(t('tooMany'));
      else setError(t('failed', { message: failure.message ?? String(failure.status) }));
      return;
    }
    window.location.assign(safeNext(params.get('next')));
  }

  return (
    <form className="login-card" onSubmit={onSubmit} noValidate={false}>
      <div className="login-brand">
        <span className="brand-mark" aria-hidden>◆</span> Dealflow
      </div>
      <h1>{t('title')}</h1>
      <p className="muted">{t('subtitle')}</p>
      <label>
        {t('email')}
        <input name="email" type="email" autoComplete="username" required autoFocus />
      </label>
      <label>
        {t('password')}
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button className="btn btn-primary btn-block" type="submit" disabled={pending}>
        {pending ? t('submitting') : t('submit')}
      </button>
      <div className="login-footer">
        <LanguageSwitch />
      </div>
    </form>
  );
}

/** Email + password sign-in through better-auth; returns to `?next=` afterwards. */
export function LoginForm() {
  return (
    <Suspense>
      <Form />
    </Suspense>
  );
}
