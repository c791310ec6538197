import type { TRandom } from '../random';
import { luhnCheckDigit } from './luhn';

/**
 * Spain's CIF (Código de Identificación Fiscal, the NIF of a company):
 * entity letter + 7 digits + control character, e.g. A58818501. The first two
 * digits are the province where it was issued (28 Madrid, 08 Barcelona...).
 * The control is the Luhn digit of the 7 digits, written as that digit or as
 * the letter "JABCDEFGHI"[digit], depending on the entity type.
 */
export const SPAIN_CIF_ENTITY_LETTERS = 'ABCDEFGHJNPQRSUVW';
const CONTROL_LETTERS = 'JABCDEFGHI';
/** Entity types whose control is always a digit (S.A., S.L., ...)... */
const DIGIT_ONLY = 'ABEH';
/** ...and those whose control is always a letter (public bodies, non-residents). */
const LETTER_ONLY = 'KNPQRSW';

/** The control digit (0–9) for the 7 central digits. */
export function spainCifControlDigit(body: string): number {
  if (!/^\d{7}$/.test(body)) throw new RangeError(`CIF body must be 7 digits (got "${body}")`);
  return luhnCheckDigit(body);
}

/** Control characters a CIF with this entity letter and body may end with. */
export function spainCifAcceptedChecks(entity: string, body: string): string[] {
  const digit = spainCifControlDigit(body);
  const asDigit = String(digit);
  const asLetter = CONTROL_LETTERS[digit]!;
  if (DIGIT_ONLY.includes(entity)) return [asDigit];
  if (LETTER_ONLY.includes(entity)) return [asLetter];
  return [asDigit, asLetter];
}

/** The usual control character: a letter for letter-only entities, else the digit. */
export function spainCifCheck(entity: string, body: string): string {
  return spainCifAcceptedChecks(entity, body)[0]!;
}

/**
 * A random valid CIF for an entity type ('A' S.A., 'B' S.L.) issued in the
 * province with this two-digit code.
 */
export function generateSpainCif(random: TRandom, entity: string, provinceCode: string): string {
  if (!SPAIN_CIF_ENTITY_LETTERS.includes(entity) || entity.length !== 1) {
    throw new RangeError(`Unknown CIF entity letter "${entity}"`);
  }
  if (!/^\d{2}$/.test(provinceCode)) throw new RangeError(`Province code must be 2 digits (got "${provinceCode}")`);
  const body = provinceCode + random.digits(5);
  return entity + body + spainCifCheck(entity, body);
}
