'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { canAdminister, roles, type TRole } from '~/domain/roles';
import { Avatar } from '~/app/_components/Avatar';
import { QueryState } from '~/app/_components/QueryState';
import { useTRPC } from '~/app/_lib/trpc/react';

/** Members with role and teams; admins can change roles and remove members here. */
export function MembersCard() {
  const t = useTranslations();
  const ts = useTranslations('security');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useQuery(trpc.me.get.queryOptions());
  const list = useQuery(trpc.organization.members.queryOptions());
  const [error, setError] = useState<string | null>(null);
  const changeRole = useMutation(
    trpc.organization.changeRole.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.organization.members.queryKey() }),
      onError: (e) => setError(e.message),
    }),
  );
  const removeMember = useMutation(
    trpc.organization.removeMember.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.organization.members.queryKey() }),
      onError: (e) => setError(e.message),
    }),
  );
  if (!list.data || !me.data) return <QueryState error={list.error ?? me.error} onRetry={() => list.refetch()} />;
  const editable = canAdminister(me.data.role);
  return (
    <div className="card card-flush">
      <h2 className="card-title padded">{t('settings.members')}</h2>
      {error && <p className="form-error padded" role="alert">{error}</p>}
      <table className="table" data-testid="members-table">
        <thead>
          <tr>
            <th>{t('settings.member')}</th>
            <th>{t('settings.email')}</th>
            <th>{t('settings.teams')}</th>
            <th>{t('settings.role')}</th>
            {editable && <th />}
          </tr>
        </thead>
        <tbody>
          {list.data.map((m) => (
            <tr key={m.memberId}>
              <td>
                <span className="with-avatar"><Avatar name={m.name} size={28} /> {m.name}</span>
              </td>
              <td className="muted">{m.email}</td>
              <td>{m.teams.join(', ') || '—'}</td>
              <td>
                {editable ? (
                  <select
                    className="input input-sm"
                    value={m.role}
                    aria-label={`${t('settings.role')}: ${m.name}`}
                    onChange={(e) => {
                      setError(null);
                      changeRole.mutate({ memberId: m.memberId, role: e.target.value as TRole });
                    }}
                  >
                    {roles.map((r) => (
                      <option key={r} value={r}>{t(`roles.${r}`)}</option>
                    ))}
                  </select>
                ) : (
                  <span className={`role role-${m.role}`}>{t(`roles.${m.role}`)}</span>
                )}
              </td>
              {editable && (
                <td>
                  {m.userId !== me.data.user.id && (
                    <button
                      type="button"
                      className="btn btn-sm"
                      onClick={() => {
                        setError(null);
                        if (window.confirm(ts('removeMemberConfirm', { name: m.name }))) removeMember.mutate({ memberId: m.memberId });
                      }}
                    >
                      {ts('removeMember')}
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
