'use client';

import { useTranslations } from 'use-intl';
import { validateTaxId, type TTaxIdResult } from '~/domain/tax-ids/validate-tax-id';

/** The tax-id check in the UI language; the server runs the same check and refuses what this flags. */
export function useTaxIdMessage() {
  const t = useTranslations('customers');
  return (result: TTaxIdResult): string => {
    const kind = t(`taxIdKind.${result.kind}`);
    if (result.ok) return t('taxIdOk', { kind });
    const expected = (result.expected ?? '')
      .split('/')
      .map((c) => (/^[A-Z]$/.test(c) ? t('letter', { letter: c }) : c))
      .join(t('or'));
    return t(`taxIdProblem.${result.problem}`, { kind, expected, detail: result.detail ?? '' });
  };
}

/** Live feedback under a tax-id input for the chosen country; nothing while empty. */
export function TaxIdHint({ country, value, id }: { country: string; value: string; id: string }) {
  const message = useTaxIdMessage();
  if (!value.trim() || !country) return null;
  const result = validateTaxId(country, value);
  return (
    <span id={id} className={result.ok ? 'hint ok' : 'form-error'} role={result.ok ? undefined : 'alert'} data-testid="tax-id-hint">
      {message(result)}
    </span>
  );
}
