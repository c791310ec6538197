'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import { useTRPC } from '~/app/_lib/trpc/react';
import { COMMON_COUNTRIES } from '../customers/_parts/countries';
import { TaxIdHint } from '../customers/_parts/TaxIdHint';
import type { TLeadRow } from './types';

/** Creates a lead or edits a new one: person, company, where it came from and who follows it up. */
export function LeadFormDialog({ lead, onClose, onSaved }: { lead: TLeadRow | null; onClose: () => void; onSaved: () => void }) {
  const t = useTranslations('leads');
  const locale = useLocale();
  const trpc = useTRPC();
  const members = useQuery(trpc.organization.members.queryOptions());
  const me = useQuery(trpc.me.get.queryOptions());
  const detail = useQuery({ ...trpc.lead.get.queryOptions({ id: lead?.id ?? '00000000-0000-4000-8000-000000000000' }), enabled: !!lead });
  const [country, setCountry] = useState(lead?.country ?? 'ES');
  const [taxId, setTaxId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const opts = { onSuccess: onSaved, onError: (e: { message: string }) => setProblem(e.message) };
  const create = useMutation(trpc.lead.create.mutationOptions(opts));
  const update = useMutation(trpc.lead.update.mutationOptions(opts));
  const countryName = new Intl.DisplayNames([locale], { type: 'region' });
  if (lead && !detail.data) return null;
  const initial = detail.data;
  const taxValue = taxId ?? initial?.taxId ?? '';

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    const form = new FormData(event.currentTarget);
    const get = (name: string) => String(form.get(name) ?? '').trim();
    const values = {
      fullName: get('fullName'),
      companyName: get('companyName'),
      email: get('email'),
      phone: get('phone'),
      country: country || null,
      taxId: taxValue.trim(),
      source: get('source'),
      notes: get('notes'),
      ownerId: get('ownerId') || null,
    };
    if (lead) update.mutate({ id: lead.id, patch: values });
    else create.mutate(values);
  }

  return (
    <div className="dialog-backdrop" role="presentation">
      <form className="dialog dialog-wide" role="dialog" aria-modal="true" aria-labelledby="lead-form-title" onSubmit={submit} data-testid="lead-form">
        <h2 id="lead-form-title">{lead ? `${t('edit')}: ${lead.fullName}` : t('new')}</h2>
        <fieldset disabled={create.isPending || update.isPending} className="form">
          <div className="form-grid">
            <label>{t('fullName')}<input className="input" name="fullName" required minLength={2} defaultValue={initial?.fullName ?? ''} autoFocus /></label>
            <label>{t('companyName')}<input className="input" name="companyName" required minLength={2} defaultValue={initial?.companyName ?? ''} /></label>
            <label>{t('email')}<input className="input" name="email" type="email" defaultValue={initial?.email ?? ''} /></label>
            <label>{t('phone')}<input className="input" name="phone" type="tel" defaultValue={initial?.phone ?? ''} /></label>
            <label>
              {t('country')}
              <select className="input" value={country} onChange={(e) => setCountry(e.target.value)}>
                <option value="">{t('noCountry')}</option>
                {[...new Set([...COMMON_COUNTRIES, ...(country ? [country] : [])])].map((c) => <option key={c} value={c}>{countryName.of(c)}</option>)}
              </select>
            </label>
            <label>
              {t('taxId')}
              <input className="input mono" value={taxValue} onChange={(e) => setTaxId(e.target.value)} aria-describedby="lead-tax-hint" />
              <TaxIdHint id="lead-tax-hint" country={country} value={taxValue} />
            </label>
            <label>{t('source')}<input className="input" name="source" defaultValue={initial?.source ?? ''} list="lead-sources" /></label>
            <datalist id="lead-sources">{['Web', 'Feria', 'Recomendación', 'LinkedIn', 'Llamada entrante'].map((s) => <option key={s} value={s} />)}</datalist>
            <label>
              {t('owner')}
              <select className="input" name="ownerId" defaultValue={lead ? (initial?.ownerId ?? '') : (me.data?.user.id ?? '')}>
                <option value="">{t('unassigned')}</option>
                {members.data?.filter((m) => m.role !== 'viewer').map((m) => <option key={m.userId} value={m.userId}>{m.name}</option>)}
              </select>
            </label>
            <label className="span-2">{t('notes')}<textarea className="input" name="notes" rows={3} defaultValue={initial?.notes ?? ''} /></label>
          </div>
          <div className="form-actions">
            <button className="btn btn-primary" type="submit">{lead ? t('save') : t('create')}</button>
            <button className="btn" type="button" onClick={onClose}>{t('cancel')}</button>
            {problem && <span role="alert" className="form-error">{problem}</span>}
          </div>
        </fieldset>
      </form>
    </div>
  );
}
