/**
 * The fallback for countries without a specific rule: 4–20 letters and
 * digits once spaces, dots, hyphens and slashes are removed. It catches
 * typing accidents (an e-mail pasted in the field) without claiming more.
 */
export const GENERIC_TAX_ID_MIN = 4;
export const GENERIC_TAX_ID_MAX = 20;

/** Upper-case without spaces, dots, hyphens or slashes. */
export function compactTaxId(raw: string): string {
  return raw.toUpperCase().replace(/[\s.\-/]/g, '');
}

/** True when the compact form is 4–20 ASCII letters and digits with at least one digit. */
export function isGenericTaxId(compact: string): boolean {
  return (
    compact.length >= GENERIC_TAX_ID_MIN &&
    compact.length <= GENERIC_TAX_ID_MAX &&
    /^[A-Z0-9]+$/.test(compact) &&
    /\d/.test(compact)
  );
}
