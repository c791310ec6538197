'use client';

import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import { bpsToPercentText } from '~/domain/format/parse-percent';
import { useTRPC } from '~/app/_lib/trpc/react';
import { CustomerForm } from '../_parts/CustomerForm';
import type { TCustomer360 } from './types';

/** Name, key facts and the edit / delete actions of a customer. */
export function CustomerHeader({ data, editable, onChanged }: { data: TCustomer360; editable: boolean; onChanged: () => void }) {
  const t = useTranslations('customers');
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const remove = useMutation(
    trpc.customer.delete.mutationOptions({ onSuccess: () => router.push('/customers'), onError: (e) => setProblem(e.message) }),
  );
  const c = data.customer;
  const country = new Intl.DisplayNames([locale], { type: 'region' }).of(c.country) ?? c.country;
  const place = [c.addressLine, [c.postalCode, c.city].filter(Boolean).join(' '), c.region, country].filter(Boolean).join(', ');
  const facts: [string, React.ReactNode][] = [
    [t('taxId'), c.taxId ? <span className="mono">{c.taxId}</span> : '—'],
    [t('sector'), c.sector ?? '—'],
    [t('paymentTerms'), t('days', { count: c.paymentTermsDays })],
    [t('discount'), `${bpsToPercentText(c.discountBps, locale === 'es' ? ',' : '.')} %`],
    [t('priceList'), c.priceListName ?? t('defaultPriceList')],
    [t('email'), c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : '—'],
    [t('phone'), c.phone ? <a href={`tel:${c.phone.replace(/\s/g, '')}`}>{c.phone}</a> : '—'],
    [t('website'), c.website ? <a href={c.website} target="_blank" rel="noreferrer">{c.website.replace(/^https?:\/\/(www\.)?/, '')}</a> : '—'],
  ];
  return (
    <header className="card c360-header">
      <Link href="/customers" className="back-link">← {t('back')}</Link>
      <div className="c360-title-row">
        <div>
          <h1 className="page-title">{c.legalName}</h1>
          <p className="c360-sub">
            {c.tradeName && c.tradeName !== c.legalName && <strong>{c.tradeName} · </strong>}
            {place}
            {c.latitude != null && c.longitude != null && (
              <>
                {' · '}
                <a href={`https://www.openstreetmap.org/?mlat=${c.latitude}&mlon=${c.longitude}#map=14/${c.latitude}/${c.longitude}`} target="_blank" rel="noreferrer">
                  {c.latitude.toFixed(4)}, {c.longitude.toFixed(4)}
                </a>
              </>
            )}
          </p>
        </div>
        {editable && !editing && (
          <div className="c360-actions">
            <button className="btn" onClick={() => setEditing(true)} data-testid="customer-edit">{t('edit')}</button>
            <button
              className="btn btn-danger"
              disabled={remove.isPending}
              onClick={() => {
                setProblem(null);
                if (window.confirm(t('confirmDelete', { name: c.legalName }))) remove.mutate({ id: c.id });
              }}
            >
              {t('delete')}
            </button>
          </div>
        )}
      </div>
      {problem && <p role="alert" className="alert">{problem}</p>}
      {editing ? (
        <CustomerForm
          initial={c}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            onChanged();
          }}
        />
      ) : (
        <dl className="c360-facts">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </header>
  );
}
