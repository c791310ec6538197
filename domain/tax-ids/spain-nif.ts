/**
 * Spain's personal NIF: a DNI (8 digits + control letter, e.g. 12345678Z),
 * a NIE for foreigners (X/Y/Z + 7 digits + letter; X=0, Y=1, Z=2 in front
 * of the digits for the check, e.g. X1234567L) and the K/L/M NIFs (letter +
 * 7 digits + letter). The control letter is "TRWAGMYFPDXBNJZSQVHLCKE"[n mod 23].
 */
const CONTROL = 'TRWAGMYFPDXBNJZSQVHLCKE';
const NIE_PREFIX: Record<string, string> = { X: '0', Y: '1', Z: '2' };

/** Control letter of a DNI number (1–8 digits). */
export function spainDniLetter(digits: string): string {
  if (!/^\d{1,8}$/.test(digits)) throw new RangeError(`DNI number must be up to 8 digits (got "${digits}")`);
  return CONTROL[Number(digits) % 23]!;
}

/** Control letter of a NIE from its first letter (X, Y, Z) and 7 digits. */
export function spainNieLetter(prefix: string, digits: string): string {
  const lead = NIE_PREFIX[prefix];
  if (lead === undefined) throw new RangeError(`NIE starts with X, Y or Z (got "${prefix}")`);
  if (!/^\d{7}$/.test(digits)) throw new RangeError(`NIE needs 7 digits (got "${digits}")`);
  return spainDniLetter(lead + digits);
}

/** Which personal form a compact (upper-case, no separators) id has, if any. */
export function spainPersonalKind(compact: string): 'nif' | 'nie' | null {
  if (/^\d{8}[A-Z]$/.test(compact) || /^[KLM]\d{7}[A-Z]$/.test(compact)) return 'nif';
  if (/^[XYZ]\d{7}[A-Z]$/.test(compact)) return 'nie';
  return null;
}

/** The control letter a personal NIF/NIE should end with (input already shaped per spainPersonalKind). */
export function spainPersonalExpectedLetter(compact: string): string {
  const first = compact[0]!;
  if (first in NIE_PREFIX) return spainNieLetter(first, compact.slice(1, 8));
  if ('KLM'.includes(first)) return spainDniLetter(compact.slice(1, 8));
  return spainDniLetter(compact.slice(0, 8));
}
