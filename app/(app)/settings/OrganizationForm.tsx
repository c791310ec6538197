'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslations } from 'use-intl';
import { canAdminister } from '~/domain/roles';
import { supportedCurrencies } from '~/domain/schemas/organization';
import { QueryState } from '~/app/_components/QueryState';
import { useTRPC } from '~/app/_lib/trpc/react';

/** Organization name, currency, language, time zone, board settings and embed origins; editable by admins only. */
export function OrganizationForm() {
  const t = useTranslations('settings');
  const ts = useTranslations('security');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useQuery(trpc.me.get.queryOptions());
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const update = useMutation(
    trpc.organization.update.mutationOptions({
      onSuccess: async () => {
        setMessage({ ok: true, text: t('saved') });
        await queryClient.invalidateQueries();
      },
      onError: (error) => setMessage({ ok: false, text: error.message }),
    }),
  );
  if (!me.data) return <QueryState error={me.error} onRetry={() => me.refetch()} />;
  const org = me.data.organization;
  const editable = canAdminister(me.data.role);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    update.mutate({
      name: String(form.get('name')),
      currency: String(form.get('currency')) as (typeof supportedCurrencies)[number],
      locale: String(form.get('locale')) as 'es' | 'en',
      timeZone: String(form.get('timeZone')),
      probabilityBands: String(form.get('bands'))
        .split(',')
        .map((v) => Number(v.trim())),
      stageSetsProbability: form.get('stageSetsProbability') === 'on',
      embedOrigins: String(form.get('embedOrigins') ?? '').split(/\s+/).filter(Boolean),
    });
  }

  return (
    <form className="card form" onSubmit={onSubmit} data-testid="org-form">
      <h2 className="card-title">{t('organization')}</h2>
      {!editable && <p className="muted">{t('readOnly')}</p>}
      <fieldset disabled={!editable || update.isPending}>
        <div className="form-grid">
          <label>
            {t('name')}
            <input className="input" name="name" defaultValue={org.name} required minLength={2} />
          </label>
          <label>
            {t('currency')}
            <select className="input" name="currency" defaultValue={org.currency}>
              {supportedCurrencies.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </label>
          <label>
            {t('locale')}
            <select className="input" name="locale" defaultValue={org.locale}>
              <option value="es">Español</option>
              <option value="en">English</option>
            </select>
          </label>
          <label>
            {t('timeZone')}
            <input className="input" name="timeZone" defaultValue={org.timeZone} />
          </label>
          <label className="span-2">
            {t('bands')}
            <input className="input" name="bands" defaultValue={org.probabilityBands.join(', ')} />
            <span className="hint">{t('bandsHint')}</span>
          </label>
          <label className="checkbox span-2">
            <input type="checkbox" name="stageSetsProbability" defaultChecked={org.stageSetsProbability} />
            {t('stageSetsProbability')}
          </label>
          <label className="span-2">
            {ts('embedOrigins')}
            <textarea className="input" name="embedOrigins" rows={2} defaultValue={org.embedOrigins.join('\n')} />
            <span className="hint">{ts('embedOriginsHint')}</span>
          </label>
        </div>
        {editable && (
          <div className="form-actions">
            <button className="btn btn-primary" type="submit">{t('save')}</button>
            {message && (
              <span role="status" className={message.ok ? 'ok' : 'form-error'}>{message.text}</span>
            )}
          </div>
        )}
      </fieldset>
    </form>
  );
}
