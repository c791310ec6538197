'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import type { TBoardCard } from '~/domain/board/card';
import { currencyDigits } from '~/domain/format/money';
import { formatMoneyInput, parseMoneyInput } from '~/domain/format/parse-money';
import { editableForecastCategories, opportunityTypes, type TOpportunityPatch } from '~/domain/schemas/opportunity';
import { useTRPC } from '~/app/_lib/trpc/react';
import type { TOpportunityDetail } from './OpportunityDrawer';

type TOpportunity = TOpportunityDetail['opportunity'];
type TDraft = { title: string; amount: string; expectedCloseDate: string; probability: string; type: string; forecastCategory: string; ownerId: string };
type TProps = {
  opportunity: TOpportunity;
  /** Why the form is read-only (viewer, closed deal), or null when it is editable. */
  readOnlyReason: string | null;
  onEditing: () => void;
  onReload: () => void;
  onConflict: (message: string) => void;
  onSaved: (card: TBoardCard) => void;
};

/**
 * The edit form of a deal. Starts from the values and version it is mounted
 * with (the drawer remounts it after a save or a conflict) and sends only the
 * changed fields. The amount is typed in major units and converted to integer
 * minor units by parseMoneyInput, never through a float.
 */
export function OpportunityForm({ opportunity, readOnlyReason, onEditing, onReload, onConflict, onSaved }: TProps) {
  const t = useTranslations('opportunity');
  const locale = useLocale();
  const trpc = useTRPC();
  const digits = currencyDigits(opportunity.currency);
  const [base] = useState(opportunity);
  const [draft, setDraft] = useState<TDraft>(() => draftOf(opportunity, locale, digits));
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const members = useQuery(trpc.organization.members.queryOptions());
  const update = useMutation(
    trpc.opportunity.update.mutationOptions({
      onSuccess: (result) => onSaved(result.card),
      onError: (e) => (e.data?.code === 'CONFLICT' ? onConflict(e.message) : setError(e.message)),
    }),
  );
  const example = formatMoneyInput(1234567, locale, digits);
  const { patch, invalid } = patchOf(base, draft, locale, digits);
  const dirty = invalid.length > 0 || Object.keys(patch).length > 0;
  const owners = (members.data ?? []).filter((m) => m.role !== 'viewer' && m.userId !== base.ownerId).map(({ userId, name }) => ({ userId, name }));
  owners.unshift({ userId: base.ownerId, name: base.ownerName });

  const set = (field: keyof TDraft) => (event: { target: { value: string } }) => {
    setDraft((d) => ({ ...d, [field]: event.target.value }));
    setProblems([]);
    setError(null);
    onEditing();
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    if (invalid.length > 0) return setProblems(invalid.map((key) => t(key, { example, digits })));
    if (Object.keys(patch).length === 0 || update.isPending) return;
    update.mutate({ id: base.id, version: base.version, patch, clientMutationId: crypto.randomUUID() });
  }

  const bad = (key: string) => problems.length > 0 && invalid.includes(key);
  return (
    <form className="form drawer-form" onSubmit={submit} aria-label={t('edit')} noValidate>
      {readOnlyReason && <p className="muted">{readOnlyReason}</p>}
      {opportunity.version !== base.version && !readOnlyReason && !update.isPending && !update.isSuccess && (
        <p className="drawer-stale" role="status">
          {t('changedMeanwhile')}{' '}
          <button type="button" className="btn btn-ghost" onClick={onReload}>{t('loadCurrent')}</button>
        </p>
      )}
      <fieldset disabled={readOnlyReason !== null || update.isPending}>
        <div className="form-grid">
          <label className="span-2">
            {t('title')}
            <input className="input" value={draft.title} onChange={set('title')} required minLength={2} maxLength={200} aria-invalid={bad('titleInvalid')} data-testid="opp-title" />
          </label>
          <label>
            {t('amount', { currency: opportunity.currency })}
            <input className="input" inputMode="decimal" value={draft.amount} onChange={set('amount')} aria-invalid={bad('amountInvalid')} aria-describedby="opp-amount-hint" data-testid="opp-amount" />
            <span className="hint" id="opp-amount-hint">{t('amountHint', { example })}</span>
          </label>
          <label>
            {t('probability')}
            <input className="input" type="number" min={0} max={100} step={1} value={draft.probability} onChange={set('probability')} aria-invalid={bad('probabilityInvalid')} data-testid="opp-probability" />
          </label>
          <label>
            {t('expectedClose')}
            <input className="input" type="date" value={draft.expectedCloseDate} onChange={set('expectedCloseDate')} required aria-invalid={bad('dateInvalid')} data-testid="opp-close-date" />
          </label>
          <label>
            {t('type')}
            <select className="input" value={draft.type} onChange={set('type')} data-testid="opp-type">
              {opportunityTypes.map((type) => <option key={type} value={type}>{t(`types.${type}`)}</option>)}
            </select>
          </label>
          <label>
            {t('forecastCategory')}
            <select className="input" value={draft.forecastCategory} onChange={set('forecastCategory')} data-testid="opp-forecast">
              {[...new Set([...editableForecastCategories, base.forecastCategory])].map((c) => <option key={c} value={c}>{t(`forecastCategories.${c}`)}</option>)}
            </select>
          </label>
          <label>
            {t('owner')}
            <select className="input" value={draft.ownerId} onChange={set('ownerId')} data-testid="opp-owner">
              {owners.map((m) => <option key={m.userId} value={m.userId}>{m.name}</option>)}
            </select>
          </label>
        </div>
        {readOnlyReason === null && (
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={update.isPending || !dirty} data-testid="opp-save">
              {update.isPending ? t('saving') : t('save')}
            </button>
          </div>
        )}
      </fieldset>
      {(problems.length > 0 || error) && (
        <ul className="form-error drawer-problems" role="alert" data-testid="opp-error">
          {problems.map((p) => <li key={p}>{p}</li>)}
          {error && <li>{error}</li>}
        </ul>
      )}
    </form>
  );
}

/** The form's text values for a deal. */
function draftOf(o: TOpportunity, locale: string, digits: number): TDraft {
  return {
    title: o.title,
    amount: formatMoneyInput(o.amountMinor, locale, digits),
    expectedCloseDate: o.expectedCloseDate,
    probability: String(o.probability),
    type: o.type,
    forecastCategory: o.forecastCategory,
    ownerId: o.ownerId,
  };
}

/** The changed fields as an update patch, and the message keys of fields that cannot be read. */
function patchOf(base: TOpportunity, draft: TDraft, locale: string, digits: number) {
  const patch: TOpportunityPatch = {};
  const invalid: string[] = [];
  const title = draft.title.trim();
  if (title.length < 2) invalid.push('titleInvalid');
  else if (title !== base.title) patch.title = title;
  const amountMinor = parseMoneyInput(draft.amount, locale, digits);
  if (amountMinor === null) invalid.push('amountInvalid');
  else if (amountMinor !== base.amountMinor) patch.amountMinor = amountMinor;
  const probability = /^\d{1,3}$/.test(draft.probability.trim()) ? Number(draft.probability) : NaN;
  if (!(probability >= 0 && probability <= 100)) invalid.push('probabilityInvalid');
  else if (probability !== base.probability) patch.probability = probability;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.expectedCloseDate)) invalid.push('dateInvalid');
  else if (draft.expectedCloseDate !== base.expectedCloseDate) patch.expectedCloseDate = draft.expectedCloseDate;
  if (draft.type !== base.type) patch.type = draft.type as TOpportunityPatch['type'];
  if (draft.forecastCategory !== base.forecastCategory) patch.forecastCategory = draft.forecastCategory as TOpportunityPatch['forecastCategory'];
  if (draft.ownerId !== base.ownerId) patch.ownerId = draft.ownerId;
  return { patch, invalid };
}
