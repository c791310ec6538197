'use client';

import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { useFormatter, useLocale, useTranslations } from 'use-intl';
import { QueryState } from '~/app/_components/QueryState';
import { useTRPC } from '~/app/_lib/trpc/react';
import { canEdit } from '~/domain/roles';
import { leadStatuses, type TLeadStatus } from '~/domain/schemas/lead';
import { DisqualifyDialog } from './DisqualifyDialog';
import { LeadFormDialog } from './LeadFormDialog';
import { QualifyDialog } from './QualifyDialog';
import type { TLeadRow } from './types';

const PAGE = 50;
type TDialog = { kind: 'create' } | { kind: 'edit' | 'qualify' | 'disqualify'; lead: TLeadRow } | null;

/** Leads with status tabs, owner and text filters; new leads can be edited, qualified or disqualified. */
export function LeadList() {
  const t = useTranslations('leads');
  const locale = useLocale();
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useQuery(trpc.me.get.queryOptions());
  const members = useQuery(trpc.organization.members.queryOptions());
  const [status, setStatus] = useState<TLeadStatus | undefined>('new');
  const [ownerId, setOwnerId] = useState('');
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);
  const [dialog, setDialog] = useState<TDialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const list = useQuery({
    ...trpc.lead.list.queryOptions({ status, ownerId: ownerId || undefined, search: search || undefined, limit: PAGE, offset }),
    placeholderData: keepPreviousData,
  });
  const editable = !!me.data && canEdit(me.data.role);
  const countryName = new Intl.DisplayNames([locale], { type: 'region' });
  const refresh = async (message?: string) => {
    setDialog(null);
    if (message) setNotice(message);
    await queryClient.invalidateQueries({ queryKey: trpc.lead.list.queryKey() });
  };
  const counts = list.data?.counts;
  const all = counts ? counts.new + counts.qualified + counts.disqualified : undefined;

  return (
    <section className="page">
      <div className="page-head">
        <h1 className="page-title">{t('title')}</h1>
        {editable && <button className="btn btn-primary" onClick={() => setDialog({ kind: 'create' })} data-testid="lead-new">{t('new')}</button>}
      </div>
      {notice && <p className="ok" role="status">{notice}</p>}
      <div className="toolbar">
        <div className="status-tabs" role="tablist">
          {[...leadStatuses, undefined].map((s) => (
            <button key={s ?? 'all'} role="tab" aria-selected={status === s} className={status === s ? 'tab active' : 'tab'} onClick={() => { setStatus(s); setOffset(0); }}>
              {s ? t(`status.${s}`) : t('all')} {counts && <span>({s ? counts[s] : all})</span>}
            </button>
          ))}
        </div>
        <input className="input" type="search" placeholder={t('search')} value={search} onChange={(e) => { setSearch(e.target.value); setOffset(0); }} data-testid="lead-search" />
        <select className="input" value={ownerId} onChange={(e) => { setOwnerId(e.target.value); setOffset(0); }} aria-label={t('owner')}>
          <option value="">{t('allOwners')}</option>
          <option value="none">{t('unassigned')}</option>
          {members.data?.filter((m) => m.role !== 'viewer').map((m) => <option key={m.userId} value={m.userId}>{m.name}</option>)}
        </select>
      </div>
      {!list.data ? (
        <QueryState error={list.error} onRetry={() => list.refetch()} />
      ) : list.data.rows.length === 0 ? (
        <p className="muted">{t('empty')}</p>
      ) : (
        <div className="card card-flush">
          <table className="table" data-testid="lead-table">
            <thead>
              <tr>
                <th>{t('person')}</th>
                <th>{t('company')}</th>
                <th>{t('source')}</th>
                <th>{t('owner')}</th>
                <th>{t('created')}</th>
                <th>{t('outcome')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {list.data.rows.map((lead) => (
                <tr key={lead.id}>
                  <td>
                    <div className="cell-title">{lead.fullName}</div>
                    <div className="cell-sub">{[lead.email, lead.phone].filter(Boolean).join(' · ')}</div>
                  </td>
                  <td>
                    {lead.companyName}
                    {lead.country && <div className="cell-sub">{countryName.of(lead.country)}</div>}
                  </td>
                  <td>{lead.source ?? '—'}</td>
                  <td>{lead.ownerName ?? <span className="muted">{t('unassigned')}</span>}</td>
                  <td>{format.dateTime(new Date(lead.createdAt), { dateStyle: 'medium' })}</td>
                  <td>
                    <span className={`pill lead-status-${lead.status}`}>{t(`status.${lead.status}`)}</span>
                    {lead.status === 'qualified' && lead.customerId && (
                      <div className="cell-sub"><Link href={`/customers/${lead.customerId}`}>{lead.customerName}</Link></div>
                    )}
                    {lead.status === 'disqualified' && <div className="cell-sub">{lead.disqualifyReason}</div>}
                  </td>
                  <td>
                    {editable && lead.status === 'new' && (
                      <div className="lead-actions">
                        <button className="btn btn-sm" onClick={() => setDialog({ kind: 'edit', lead })}>{t('edit')}</button>
                        <button className="btn btn-sm btn-primary" onClick={() => setDialog({ kind: 'qualify', lead })} data-testid="lead-qualify">{t('qualify')}</button>
                        <button className="btn btn-sm" onClick={() => setDialog({ kind: 'disqualify', lead })}>{t('disqualify')}</button>
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.data && list.data.total > PAGE && (
        <div className="pager">
          <button className="btn" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>{t('previous')}</button>
          <span className="muted">{offset + 1}–{Math.min(offset + PAGE, list.data.total)} / {list.data.total}</span>
          <button className="btn" disabled={offset + PAGE >= list.data.total} onClick={() => setOffset(offset + PAGE)}>{t('next')}</button>
        </div>
      )}
      {dialog?.kind === 'create' && <LeadFormDialog lead={null} onClose={() => setDialog(null)} onSaved={() => refresh()} />}
      {dialog?.kind === 'edit' && <LeadFormDialog lead={dialog.lead} onClose={() => setDialog(null)} onSaved={() => refresh()} />}
      {dialog?.kind === 'qualify' && <QualifyDialog leadId={dialog.lead.id} onClose={() => setDialog(null)} onDone={(name) => refresh(t('qualified', { name }))} />}
      {dialog?.kind === 'disqualify' && <DisqualifyDialog lead={dialog.lead} onClose={() => setDialog(null)} onDone={() => refresh()} />}
    </section>
  );
}
