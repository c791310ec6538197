'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import { bpsToPercentText, parsePercentBps } from '~/domain/format/parse-percent';
import type { TTaxIdResult } from '~/domain/tax-ids/validate-tax-id';
import { useTRPC } from '~/app/_lib/trpc/react';
import { COMMON_COUNTRIES } from './countries';
import { TaxIdHint, useTaxIdMessage } from './TaxIdHint';

export type TCustomerFormValues = {
  id: string;
  legalName: string;
  tradeName: string | null;
  taxId: string | null;
  country: string;
  addressLine: string | null;
  city: string | null;
  region: string | null;
  postalCode: string | null;
  latitude: number | null;
  longitude: number | null;
  sector: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  paymentTermsDays: number;
  discountBps: number;
  priceListId: string | null;
};

type TProps = { initial: TCustomerFormValues | null; onSaved: (id: string) => void; onCancel: () => void };

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();
const optionalNumber = (value: string) => (value === '' ? null : Number(value.replace(',', '.')));

/**
 * Creates or edits a customer: identity (tax id checked live for the
 * country), address with coordinates, contact data and commercial terms
 * (payment days, discount %, price list). The server checks everything again.
 */
export function CustomerForm({ initial, onSaved, onCancel }: TProps) {
  const t = useTranslations('customers');
  const locale = useLocale();
  const trpc = useTRPC();
  const taxMessage = useTaxIdMessage();
  const [country, setCountry] = useState(initial?.country ?? 'ES');
  const [taxId, setTaxId] = useState(initial?.taxId ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const lists = useQuery(trpc.priceList.list.queryOptions());
  const onError = (error: { message: string; data?: unknown }) => {
    const app = (error.data as { appData?: { field?: string; kind?: string } } | undefined)?.appData;
    setProblem(app?.field === 'taxId' && app.kind ? taxMessage({ ...app, ok: false, message: error.message } as TTaxIdResult) : error.message);
  };
  const create = useMutation(trpc.customer.create.mutationOptions({ onSuccess: (c) => onSaved(c.id), onError }));
  const update = useMutation(trpc.customer.update.mutationOptions({ onSuccess: (c) => onSaved(c.id), onError }));
  const pending = create.isPending || update.isPending;
  const countryName = new Intl.DisplayNames([locale], { type: 'region' });
  const countries = [...new Set([...COMMON_COUNTRIES, country])];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    const form = new FormData(event.currentTarget);
    const discountBps = parsePercentBps(text(form, 'discount') || '0');
    if (discountBps === null) return setProblem(t('badDiscount'));
    const latitude = optionalNumber(text(form, 'latitude'));
    const longitude = optionalNumber(text(form, 'longitude'));
    if (Number.isNaN(latitude) || Number.isNaN(longitude)) return setProblem(t('badNumber'));
    const values = {
      legalName: text(form, 'legalName'),
      tradeName: text(form, 'tradeName'),
      taxId: taxId.trim(),
      country,
      addressLine: text(form, 'addressLine'),
      city: text(form, 'city'),
      region: text(form, 'region'),
      postalCode: text(form, 'postalCode'),
      latitude,
      longitude,
      sector: text(form, 'sector'),
      email: text(form, 'email'),
      phone: text(form, 'phone'),
      website: text(form, 'website'),
      paymentTermsDays: Number(text(form, 'paymentTermsDays') || '0'),
      discountBps,
      priceListId: text(form, 'priceListId') || null,
    };
    if (initial) update.mutate({ id: initial.id, patch: values });
    else create.mutate(values);
  }

  const field = (name: keyof TCustomerFormValues, label: string, props: Record<string, unknown> = {}) => (
    <label>
      {label}
      <input className="input" name={name} defaultValue={initial?.[name] == null ? '' : String(initial[name])} {...props} />
    </label>
  );

  return (
    <form className="form customer-form" onSubmit={submit} data-testid="customer-form">
      <fieldset disabled={pending}>
        <h3 className="form-section">{t('sectionIdentity')}</h3>
        <div className="form-grid">
          {field('legalName', t('legalName'), { required: true, minLength: 2, autoFocus: !initial })}
          {field('tradeName', t('tradeName'))}
          <label>
            {t('country')}
            <select className="input" value={country} onChange={(e) => setCountry(e.target.value)} name="country">
              {countries.map((c) => (
                <option key={c} value={c}>{countryName.of(c)}</option>
              ))}
            </select>
          </label>
          <label>
            {t('taxId')}
            <input className="input mono" value={taxId} onChange={(e) => setTaxId(e.target.value)} aria-describedby="tax-id-hint" data-testid="tax-id-input" />
            <TaxIdHint id="tax-id-hint" country={country} value={taxId} />
          </label>
          {field('sector', t('sector'))}
        </div>
        <h3 className="form-section">{t('sectionAddress')}</h3>
        <div className="form-grid">
          <label className="span-2">
            {t('address')}
            <input className="input" name="addressLine" defaultValue={initial?.addressLine ?? ''} />
          </label>
          {field('postalCode', t('postalCode'))}
          {field('city', t('city'))}
          {field('region', t('region'))}
          <div className="form-pair">
            {field('latitude', t('latitude'), { inputMode: 'decimal', type: 'number', step: 'any', min: -90, max: 90 })}
            {field('longitude', t('longitude'), { inputMode: 'decimal', type: 'number', step: 'any', min: -180, max: 180 })}
          </div>
        </div>
        <h3 className="form-section">{t('sectionCommercial')}</h3>
        <div className="form-grid">
          {field('email', t('email'), { type: 'email' })}
          {field('phone', t('phone'), { type: 'tel' })}
          {field('website', t('website'), { type: 'url', placeholder: 'https://' })}
          {field('paymentTermsDays', t('paymentTerms'), { type: 'number', min: 0, max: 365, required: true, defaultValue: String(initial?.paymentTermsDays ?? 30) })}
          <label>
            {t('discount')}
            <input className="input" name="discount" inputMode="decimal" defaultValue={bpsToPercentText(initial?.discountBps ?? 0, locale === 'es' ? ',' : '.')} />
          </label>
          <label>
            {t('priceList')}
            <select className="input" name="priceListId" defaultValue={initial?.priceListId ?? ''}>
              <option value="">{t('defaultPriceList')}</option>
              {lists.data?.map((l) => (
                <option key={l.id} value={l.id}>{l.name} ({l.currency})</option>
              ))}
            </select>
          </label>
        </div>
        <div className="form-actions">
          <button className="btn btn-primary" type="submit">{initial ? t('save') : t('create')}</button>
          <button className="btn" type="button" onClick={onCancel}>{t('cancel')}</button>
          {problem && <span role="alert" className="form-error" data-testid="customer-form-error">{problem}</span>}
        </div>
      </fieldset>
    </form>
  );
}
