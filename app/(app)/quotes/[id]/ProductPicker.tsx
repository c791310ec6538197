'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useFormatter, useTranslations } from 'use-intl';
import { Money } from '~/app/_components/Money';
import { useTRPC } from '~/app/_lib/trpc/react';
import type { useQuoteRunner } from './use-quote-runner';

type TProps = { quoteId: string; currency: string; runner: ReturnType<typeof useQuoteRunner> };

/**
 * Search the catalogue and add a product as a line. Each option already shows
 * the price this customer gets (their list, the default list or the
 * catalogue), their discount and the tax rate, which the server applies.
 */
export function ProductPicker({ quoteId, currency, runner }: TProps) {
  const t = useTranslations('documents.quotes.lines');
  const format = useFormatter();
  const trpc = useTRPC();
  const add = useMutation(trpc.quote.addLine.mutationOptions());
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const timer = setTimeout(() => setSearch(text.trim()), 200);
    return () => clearTimeout(timer);
  }, [text]);
  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);
  const options = useQuery({ ...trpc.quote.productOptions.queryOptions({ quoteId, search, limit: 12 }), enabled: open });
  const percent = (bps: number) => format.number(bps / 10_000, { style: 'percent', maximumFractionDigits: 2 });

  return (
    <div className="q-picker" ref={ref}>
      <input
        className="input"
        type="search"
        placeholder={t('productSearch')}
        aria-label={t('productSearch')}
        value={text}
        onFocus={() => setOpen(true)}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
        data-testid="product-search"
      />
      {open && (
        <ul className="q-picker-list" role="listbox" aria-label={t('addProduct')}>
          {options.data?.length === 0 && <li className="muted q-picker-empty">{t('noProducts')}</li>}
          {options.data?.map((p) => (
            <li key={p.id} role="option" aria-selected={false}>
              <button
                type="button"
                className="q-picker-option"
                disabled={runner.busy || p.priceMissing}
                onClick={() => {
                  setOpen(false);
                  setText('');
                  void runner.run((version) => add.mutateAsync({ quoteId, version, line: { productId: p.id, quantity: '1' } }));
                }}
              >
                <span className="q-picker-name">{p.name} <span className="muted mono">{p.sku}</span></span>
                <span className="q-picker-price">
                  {p.priceMissing ? t('priceMissing') : <Money minor={p.unitPriceMinor} currency={currency} />}
                  <span className="muted"> · {t(`priceSources.${p.priceSource}`)}</span>
                  {p.discountBps > 0 && <span className="q-picker-discount"> −{percent(p.discountBps)}</span>}
                  <span className="muted"> · {percent(p.taxRateBps)}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
