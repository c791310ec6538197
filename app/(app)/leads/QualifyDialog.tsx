'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import { currencyDigits } from '~/domain/format/money';
import { parseMoneyInput } from '~/domain/format/parse-money';
import { useTRPC } from '~/app/_lib/trpc/react';
import { COMMON_COUNTRIES } from '../customers/_parts/countries';
import { TaxIdHint } from '../customers/_parts/TaxIdHint';
import type { TLeadDetail } from './types';

/** 'YYYY-MM-DD' `days` after today (local calendar), the default expected close. */
const inDays = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Loads the lead (with its likely customer matches), then shows the qualify form. */
export function QualifyDialog({ leadId, onClose, onDone }: { leadId: string; onClose: () => void; onDone: (name: string) => void }) {
  const trpc = useTRPC();
  const lead = useQuery(trpc.lead.get.queryOptions({ id: leadId }));
  if (!lead.data) return null;
  return <QualifyForm lead={lead.data} onClose={onClose} onDone={onDone} />;
}

/**
 * Qualifying in one step: link the company to an existing customer (the
 * likely matches come first, any customer can be searched) or create it;
 * link or create the contact; and open the opportunity in the first stage of
 * a pipeline with its amount and close date.
 */
function QualifyForm({ lead, onClose, onDone }: { lead: TLeadDetail; onClose: () => void; onDone: (name: string) => void }) {
  const t = useTranslations('leads');
  const locale = useLocale();
  const trpc = useTRPC();
  const me = useQuery(trpc.me.get.queryOptions());
  const pipelines = useQuery(trpc.pipeline.list.queryOptions());
  const [customerMode, setCustomerMode] = useState<'new' | 'existing'>(lead.matches.length ? 'existing' : 'new');
  const [customerId, setCustomerId] = useState(lead.matches[0]?.id ?? '');
  const [search, setSearch] = useState('');
  const [country, setCountry] = useState(lead.country ?? 'ES');
  const [taxId, setTaxId] = useState(lead.taxId ?? '');
  const sameEmail = lead.matches[0]?.contacts.find((c) => c.email && c.email.toLowerCase() === lead.email?.toLowerCase());
  const [contactMode, setContactMode] = useState<'new' | 'existing'>(sameEmail ? 'existing' : 'new');
  const [contactId, setContactId] = useState(sameEmail?.id ?? '');
  const [pipelineId, setPipelineId] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const found = useQuery({ ...trpc.customer.list.queryOptions({ search, limit: 8 }), enabled: customerMode === 'existing' && search.trim().length >= 2 });
  const chosen = useQuery({ ...trpc.customer.get.queryOptions({ id: customerId || '00000000-0000-4000-8000-000000000000' }), enabled: customerMode === 'existing' && !!customerId });
  const qualify = useMutation(trpc.lead.qualify.mutationOptions({ onSuccess: () => onDone(lead.fullName), onError: (e) => setProblem(e.message) }));
  const currency = me.data?.organization.currency ?? 'EUR';
  const countryName = new Intl.DisplayNames([locale], { type: 'region' });
  const pipeline = pipelines.data?.find((p) => p.id === pipelineId) ?? pipelines.data?.find((p) => p.isDefault) ?? pipelines.data?.[0];
  const firstStage = pipeline?.stages[0];
  const candidates = [
    ...lead.matches.map((m) => ({ id: m.id, label: `${m.legalName}${m.taxId ? ` · ${m.taxId}` : ''} — ${t(`matchedBy.${m.matchedBy}`)}` })),
    ...(found.data?.rows ?? []).filter((r) => !lead.matches.some((m) => m.id === r.id)).map((r) => ({ id: r.id, label: `${r.legalName}${r.taxId ? ` · ${r.taxId}` : ''}${r.city ? ` · ${r.city}` : ''}` })),
  ];
  const contacts = customerMode === 'existing' ? (chosen.data?.contacts ?? []) : [];
  const effectiveContactMode = customerMode === 'new' || contacts.length === 0 ? 'new' : contactMode;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    const form = new FormData(event.currentTarget);
    const get = (name: string) => String(form.get(name) ?? '').trim();
    const amountMinor = parseMoneyInput(get('amount'), locale, currencyDigits(currency));
    if (amountMinor === null) return setProblem(t('badAmount'));
    if (!pipeline) return;
    if (customerMode === 'existing' && !customerId) return setProblem(t('pickCustomer'));
    qualify.mutate({
      id: lead.id,
      customer: customerMode === 'existing' ? { mode: 'existing', customerId } : { mode: 'new', legalName: get('legalName'), country, taxId: taxId.trim() },
      contact:
        effectiveContactMode === 'existing' && contactId
          ? { mode: 'existing', contactId }
          : { mode: 'new', fullName: get('contactName'), jobTitle: get('jobTitle'), email: get('contactEmail'), phone: get('contactPhone') },
      opportunity: { title: get('title'), pipelineId: pipeline.id, amountMinor, expectedCloseDate: get('closeDate') },
    });
  }

  return (
    <div className="dialog-backdrop" role="presentation">
      <form className="dialog dialog-wide" role="dialog" aria-modal="true" aria-labelledby="qualify-title" onSubmit={submit} data-testid="qualify-form">
        <h2 id="qualify-title">{t('qualifyTitle', { name: `${lead.fullName} (${lead.companyName})` })}</h2>
        <fieldset className="qualify-choice">
          <legend>{t('customerSection')}</legend>
          {lead.matches.length > 0 && <p className="match-note">{t('matchFound', { count: lead.matches.length })}</p>}
          <label className="radio"><input type="radio" checked={customerMode === 'existing'} onChange={() => setCustomerMode('existing')} />{t('existingCustomer')}</label>
          {customerMode === 'existing' && (
            <div className="form-grid">
              <label>{t('findCustomer')}<input className="input" type="search" value={search} onChange={(e) => setSearch(e.target.value)} /></label>
              <label>
                {t('pickCustomer')}
                <select className="input" value={customerId} onChange={(e) => { setCustomerId(e.target.value); setContactId(''); }} required data-testid="qualify-customer">
                  <option value="">—</option>
                  {candidates.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
                </select>
              </label>
            </div>
          )}
          <label className="radio"><input type="radio" checked={customerMode === 'new'} onChange={() => setCustomerMode('new')} />{t('newCustomer')}</label>
          {customerMode === 'new' && (
            <div className="form-grid">
              <label>{t('legalName')}<input className="input" name="legalName" defaultValue={lead.companyName} required minLength={2} /></label>
              <label>
                {t('country')}
                <select className="input" value={country} onChange={(e) => setCountry(e.target.value)}>
                  {[...new Set([...COMMON_COUNTRIES, country])].map((c) => <option key={c} value={c}>{countryName.of(c)}</option>)}
                </select>
              </label>
              <label>
                {t('taxId')}
                <input className="input mono" value={taxId} onChange={(e) => setTaxId(e.target.value)} aria-describedby="qualify-tax-hint" />
                <TaxIdHint id="qualify-tax-hint" country={country} value={taxId} />
              </label>
            </div>
          )}
        </fieldset>
        <fieldset className="qualify-choice">
          <legend>{t('contactSection')}</legend>
          {contacts.length > 0 && (
            <>
              <label className="radio"><input type="radio" checked={effectiveContactMode === 'existing'} onChange={() => setContactMode('existing')} />{t('existingContact')}</label>
              {effectiveContactMode === 'existing' && (
                <select className="input" value={contactId} onChange={(e) => setContactId(e.target.value)} required aria-label={t('pickContact')}>
                  <option value="">{t('pickContact')}</option>
                  {contacts.map((c) => <option key={c.id} value={c.id}>{c.fullName}{c.email ? ` · ${c.email}` : ''}</option>)}
                </select>
              )}
              <label className="radio"><input type="radio" checked={effectiveContactMode === 'new'} onChange={() => setContactMode('new')} />{t('newContact')}</label>
            </>
          )}
          {effectiveContactMode === 'new' && (
            <div className="form-grid">
              <label>{t('fullName')}<input className="input" name="contactName" defaultValue={lead.fullName} required minLength={2} /></label>
              <label>{t('jobTitle')}<input className="input" name="jobTitle" /></label>
              <label>{t('email')}<input className="input" name="contactEmail" type="email" defaultValue={lead.email ?? ''} /></label>
              <label>{t('phone')}<input className="input" name="contactPhone" type="tel" defaultValue={lead.phone ?? ''} /></label>
            </div>
          )}
        </fieldset>
        <fieldset className="qualify-choice">
          <legend>{t('dealSection')}</legend>
          <div className="form-grid">
            <label className="span-2">{t('dealTitle')}<input className="input" name="title" defaultValue={lead.companyName} required minLength={2} /></label>
            <label>
              {t('pipeline')}
              <select className="input" value={pipeline?.id ?? ''} onChange={(e) => setPipelineId(e.target.value)}>
                {pipelines.data?.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
              </select>
              {firstStage && <span className="hint">{t('firstStage', { stage: firstStage.name, probability: firstStage.defaultProbability })}</span>}
            </label>
            <label>{t('amount', { currency })}<input className="input" name="amount" inputMode="decimal" required data-testid="qualify-amount" /></label>
            <label>{t('closeDate')}<input className="input" name="closeDate" type="date" defaultValue={inDays(90)} required /></label>
          </div>
        </fieldset>
        {problem && <p role="alert" className="form-error">{problem}</p>}
        <div className="form-actions">
          <button className="btn btn-primary" type="submit" disabled={qualify.isPending || !pipeline}>{t('confirmQualify')}</button>
          <button className="btn" type="button" onClick={onClose}>{t('cancel')}</button>
        </div>
      </form>
    </div>
  );
}
