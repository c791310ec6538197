'use client';

import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslations } from 'use-intl';
import { useTRPC } from '~/app/_lib/trpc/react';
import type { TCustomer360 } from './types';

type TContact = TCustomer360['customer']['contacts'][number];

/** The customer's people with inline add, edit and remove for reps and above. */
export function ContactsCard({ customerId, contacts, editable, onChanged }: { customerId: string; contacts: TContact[]; editable: boolean; onChanged: () => void }) {
  const t = useTranslations('customers');
  const trpc = useTRPC();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const done = { onSuccess: () => { setEditing(null); setProblem(null); onChanged(); }, onError: (e: { message: string }) => setProblem(e.message) };
  const add = useMutation(trpc.customer.contact.add.mutationOptions(done));
  const update = useMutation(trpc.customer.contact.update.mutationOptions(done));
  const remove = useMutation(trpc.customer.contact.remove.mutationOptions(done));

  function submit(event: FormEvent<HTMLFormElement>, id: string | 'new') {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const contact = {
      fullName: String(form.get('fullName') ?? ''),
      jobTitle: String(form.get('jobTitle') ?? ''),
      email: String(form.get('email') ?? ''),
      phone: String(form.get('phone') ?? ''),
    };
    if (id === 'new') add.mutate({ customerId, contact });
    else update.mutate({ id, patch: contact });
  }

  const form = (c: TContact | null) => (
    <form className="contact-form" onSubmit={(e) => submit(e, c?.id ?? 'new')} data-testid="contact-form">
      <input className="input" name="fullName" placeholder={t('fullName')} aria-label={t('fullName')} defaultValue={c?.fullName ?? ''} required minLength={2} autoFocus />
      <input className="input" name="jobTitle" placeholder={t('jobTitle')} aria-label={t('jobTitle')} defaultValue={c?.jobTitle ?? ''} />
      <input className="input" name="email" type="email" placeholder={t('email')} aria-label={t('email')} defaultValue={c?.email ?? ''} />
      <input className="input" name="phone" type="tel" placeholder={t('phone')} aria-label={t('phone')} defaultValue={c?.phone ?? ''} />
      <div className="form-actions">
        <button className="btn btn-primary" type="submit">{t('save')}</button>
        <button className="btn" type="button" onClick={() => setEditing(null)}>{t('cancel')}</button>
      </div>
    </form>
  );

  return (
    <div className="card" data-testid="c360-contacts">
      <div className="card-head">
        <h2 className="card-title">{t('contacts')}</h2>
        {editable && editing === null && <button className="btn btn-sm" onClick={() => setEditing('new')}>{t('addContact')}</button>}
      </div>
      {problem && <p role="alert" className="form-error">{problem}</p>}
      {editing === 'new' && form(null)}
      {contacts.length === 0 && editing !== 'new' && <p className="muted">{t('noContacts')}</p>}
      <ul className="contact-list">
        {contacts.map((c) =>
          editing === c.id ? (
            <li key={c.id}>{form(c)}</li>
          ) : (
            <li key={c.id} className="contact">
              <div>
                <strong>{c.fullName}</strong>
                {c.jobTitle && <span className="muted"> · {c.jobTitle}</span>}
                <div className="contact-lines">
                  {c.email && <a href={`mailto:${c.email}`}>{c.email}</a>}
                  {c.phone && <a href={`tel:${c.phone.replace(/\s/g, '')}`}>{c.phone}</a>}
                </div>
              </div>
              {editable && editing === null && (
                <div className="contact-actions">
                  <button className="btn btn-ghost btn-sm" onClick={() => setEditing(c.id)}>{t('edit')}</button>
                  <button
                    className="btn btn-ghost btn-sm"
                    onClick={() => window.confirm(t('confirmRemoveContact', { name: c.fullName })) && remove.mutate({ id: c.id })}
                  >
                    {t('remove')}
                  </button>
                </div>
              )}
            </li>
          ),
        )}
      </ul>
    </div>
  );
}
