import { AppError } from '~/domain/app-error';
import { validateTaxId } from '~/domain/tax-ids/validate-tax-id';

/**
 * The tax id in its printed form for the country, or null when there is none.
 * A wrong one throws INVALID_INPUT with the validator's message and, in
 * `data`, the field, kind, problem and expected check so the UI can say it
 * in the user's language.
 */
export function checkedTaxId(country: string, taxId: string | null | undefined): string | null {
  if (!taxId) return null;
  const result = validateTaxId(country, taxId);
  if (result.ok) return result.value;
  const { message, ...detail } = result;
  throw new AppError('INVALID_INPUT', { message, data: { field: 'taxId', ...detail } });
}
