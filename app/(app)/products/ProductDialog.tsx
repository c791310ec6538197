'use client';

import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import { useTRPC } from '~/app/_lib/trpc/react';
import { currencyDigits } from '~/domain/format/money';
import { parseMoneyInput } from '~/domain/format/parse-money';
import { bpsToPercentText, parsePercentBps } from '~/domain/format/parse-percent';
import { supportedCurrencies } from '~/domain/schemas/organization';
import { moneyInputText } from './money-input';
import type { TProduct } from './ProductsCard';

type TProps = { product: TProduct | null; currency: string; families: string[]; onClose: () => void; onSaved: () => void };

/** Creates or edits a catalogue item; prices are typed in the UI language and stored in minor units. */
export function ProductDialog({ product, currency, families, onClose, onSaved }: TProps) {
  const t = useTranslations('catalog');
  const locale = useLocale();
  const trpc = useTRPC();
  const [problem, setProblem] = useState<string | null>(null);
  const opts = { onSuccess: onSaved, onError: (e: { message: string }) => setProblem(e.message) };
  const create = useMutation(trpc.product.create.mutationOptions(opts));
  const update = useMutation(trpc.product.update.mutationOptions(opts));
  const sep = locale === 'es' ? ',' : '.';

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    const form = new FormData(event.currentTarget);
    const get = (name: string) => String(form.get(name) ?? '').trim();
    const cur = get('currency') as (typeof supportedCurrencies)[number];
    const unitPriceMinor = parseMoneyInput(get('price'), locale, currencyDigits(cur));
    if (unitPriceMinor === null) return setProblem(t('badPrice'));
    const taxRateBps = parsePercentBps(get('taxRate'));
    if (taxRateBps === null) return setProblem(t('badRate'));
    const values = {
      sku: get('sku'),
      name: get('name'),
      family: get('family'),
      kind: get('kind') as 'product' | 'service',
      unitPriceMinor,
      currency: cur,
      taxRateBps,
      active: form.get('active') === 'on',
    };
    if (product) update.mutate({ id: product.id, patch: values });
    else create.mutate(values);
  }

  return (
    <div className="dialog-backdrop" role="presentation">
      <form className="dialog dialog-wide" role="dialog" aria-modal="true" aria-labelledby="product-title" onSubmit={submit} data-testid="product-form">
        <h2 id="product-title">{product ? t('editProduct', { sku: product.sku }) : t('newProduct')}</h2>
        <fieldset className="form" disabled={create.isPending || update.isPending}>
          <div className="form-grid">
            <label>{t('sku')}<input className="input mono" name="sku" required defaultValue={product?.sku ?? ''} autoFocus={!product} /></label>
            <label>{t('name')}<input className="input" name="name" required minLength={2} defaultValue={product?.name ?? ''} /></label>
            <label>
              {t('family')}
              <input className="input" name="family" list="product-families" defaultValue={product?.family ?? ''} />
              <datalist id="product-families">{families.map((f) => <option key={f} value={f} />)}</datalist>
            </label>
            <label>
              {t('kind')}
              <select className="input" name="kind" defaultValue={product?.kind ?? 'product'}>
                <option value="product">{t('kinds.product')}</option>
                <option value="service">{t('kinds.service')}</option>
              </select>
            </label>
            <label>{t('unitPrice')}<input className="input" name="price" inputMode="decimal" required defaultValue={product ? moneyInputText(product.unitPriceMinor, product.currency, locale) : ''} /></label>
            <label>
              {t('currency')}
              <select className="input" name="currency" defaultValue={product?.currency ?? currency}>
                {supportedCurrencies.map((c) => <option key={c}>{c}</option>)}
              </select>
            </label>
            <label>{t('taxRate')}<input className="input" name="taxRate" inputMode="decimal" required defaultValue={bpsToPercentText(product?.taxRateBps ?? 2100, sep)} /></label>
            <label className="checkbox"><input type="checkbox" name="active" defaultChecked={product?.active ?? true} /> {t('active')}</label>
          </div>
          <div className="form-actions">
            <button className="btn btn-primary" type="submit">{product ? t('save') : t('create')}</button>
            <button className="btn" type="button" onClick={onClose}>{t('cancel')}</button>
            {problem && <span role="alert" className="form-error" data-testid="product-error">{problem}</span>}
          </div>
        </fieldset>
      </form>
    </div>
  );
}
