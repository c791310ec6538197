'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import { Money } from '~/app/_components/Money';
import { useTRPC } from '~/app/_lib/trpc/react';
import { currencyDigits } from '~/domain/format/money';
import { parseMoneyInput } from '~/domain/format/parse-money';
import { supportedCurrencies } from '~/domain/schemas/organization';
import { moneyInputText } from './money-input';

type TProps = { id: string | null; editable: boolean; currency: string; onSaved: (id: string) => void; onCancelNew: () => void };

/** Settings of one price list (name, currency, default, validity) and its per-product prices. */
export function PriceListPanel({ id, editable, currency, onSaved, onCancelNew }: TProps) {
  const t = useTranslations('catalog');
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const detail = useQuery({ ...trpc.priceList.get.queryOptions({ id: id ?? '00000000-0000-4000-8000-000000000000' }), enabled: !!id });
  const products = useQuery({ ...trpc.product.list.queryOptions({ limit: 500 }), enabled: editable && !!id });
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.priceList.list.queryKey() });
    if (id) await queryClient.invalidateQueries({ queryKey: trpc.priceList.get.queryKey({ id }) });
  };
  const opts = {
    onSuccess: async (list: { id: string }) => {
      setProblem(null);
      setNotice(t('saved'));
      await refresh();
      onSaved(list.id);
    },
    onError: (e: { message: string }) => setProblem(e.message),
  };
  const create = useMutation(trpc.priceList.create.mutationOptions(opts));
  const update = useMutation(trpc.priceList.update.mutationOptions(opts));
  const priceOpts = { onSuccess: () => { setProblem(null); void refresh(); }, onError: (e: { message: string }) => setProblem(e.message) };
  const setPrice = useMutation(trpc.priceList.setPrice.mutationOptions(priceOpts));
  const removePrice = useMutation(trpc.priceList.removePrice.mutationOptions(priceOpts));
  if (id && !detail.data) return null;
  const list = detail.data;
  const listCurrency = list?.currency ?? currency;
  const digits = currencyDigits(listCurrency);

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    const form = new FormData(event.currentTarget);
    const get = (name: string) => String(form.get(name) ?? '').trim();
    const values = {
      name: get('name'),
      currency: get('currency') as (typeof supportedCurrencies)[number],
      isDefault: form.get('isDefault') === 'on',
      validFrom: get('validFrom') || null,
      validTo: get('validTo') || null,
    };
    if (id) update.mutate({ id, patch: values });
    else create.mutate(values);
  }

  function price(productId: string, text: string) {
    const unitPriceMinor = parseMoneyInput(text, locale, digits);
    if (unitPriceMinor === null) return setProblem(t('badPrice'));
    if (id) setPrice.mutate({ priceListId: id, productId, unitPriceMinor });
  }

  const missing = (products.data?.rows ?? []).filter((p) => !list?.items.some((i) => i.productId === p.id));
  return (
    <div className="price-list-panel">
      <form className="form" onSubmit={save} data-testid="price-list-form">
        <fieldset disabled={!editable || create.isPending || update.isPending}>
          <div className="form-grid">
            <label>{t('name')}<input className="input" name="name" required minLength={2} defaultValue={list?.name ?? ''} autoFocus={!id} /></label>
            <label>
              {t('currency')}
              <select className="input" name="currency" defaultValue={listCurrency}>
                {supportedCurrencies.map((c) => <option key={c}>{c}</option>)}
              </select>
            </label>
            <label>{t('validFrom')}<input className="input" type="date" name="validFrom" defaultValue={list?.validFrom ?? ''} /></label>
            <label>{t('validTo')}<input className="input" type="date" name="validTo" defaultValue={list?.validTo ?? ''} /></label>
            <label className="checkbox span-2"><input type="checkbox" name="isDefault" defaultChecked={list?.isDefault ?? false} /> {t('isDefault')}</label>
          </div>
          {editable && (
            <div className="form-actions">
              <button className="btn btn-primary" type="submit">{id ? t('save') : t('create')}</button>
              {!id && <button className="btn" type="button" onClick={onCancelNew}>{t('cancel')}</button>}
              {notice && <span className="ok" role="status">{notice}</span>}
            </div>
          )}
        </fieldset>
      </form>
      {problem && <p role="alert" className="form-error">{problem}</p>}
      {list && (
        <>
          {list.items.length === 0 ? (
            <p className="muted">{t('noPrices')}</p>
          ) : (
            <table className="table" data-testid="price-table">
              <thead>
                <tr>
                  <th>{t('sku')}</th>
                  <th className="num">{t('catalogPrice')}</th>
                  <th className="num">{t('listPrice')}</th>
                  {editable && <th />}
                </tr>
              </thead>
              <tbody>
                {list.items.map((item) => (
                  <tr key={item.productId}>
                    <td>
                      <span className="mono">{item.sku}</span>
                      <div className="cell-sub">{item.name}</div>
                    </td>
                    <td className="num muted"><Money minor={item.catalogPriceMinor} currency={item.catalogCurrency} /></td>
                    <td className="num">
                      {editable ? (
                        <input
                          className="input input-sm price-input"
                          defaultValue={moneyInputText(item.unitPriceMinor, listCurrency, locale)}
                          inputMode="decimal"
                          aria-label={`${t('listPrice')} ${item.sku}`}
                          onBlur={(e) => e.target.value !== moneyInputText(item.unitPriceMinor, listCurrency, locale) && price(item.productId, e.target.value)}
                        />
                      ) : (
                        <Money minor={item.unitPriceMinor} currency={listCurrency} />
                      )}
                    </td>
                    {editable && (
                      <td className="num">
                        <button className="btn btn-sm btn-ghost" onClick={() => removePrice.mutate({ priceListId: list.id, productId: item.productId })}>{t('remove')}</button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {editable && missing.length > 0 && (
            <form
              className="toolbar"
              style={{ marginTop: 12 }}
              onSubmit={(e) => {
                e.preventDefault();
                const form = new FormData(e.currentTarget);
                price(String(form.get('productId')), String(form.get('price')));
              }}
            >
              <select className="input" name="productId" required aria-label={t('pickProduct')} defaultValue="">
                <option value="" disabled>{t('pickProduct')}</option>
                {missing.map((p) => <option key={p.id} value={p.id}>{p.sku} · {p.name}</option>)}
              </select>
              <input className="input price-input" name="price" inputMode="decimal" required placeholder={t('listPrice')} aria-label={t('listPrice')} />
              <button className="btn" type="submit">{t('add')}</button>
            </form>
          )}
        </>
      )}
    </div>
  );
}
