import type { TRandom } from '../random';

/**
 * Mexico's RFC (Registro Federal de Contribuyentes). A company's RFC has 12
 * characters: 3 letters from the name + incorporation date YYMMDD + a
 * 3-character homoclave whose last character is a mod-11 check over the
 * rest, e.g. SAT970701NN3. People have 4 letters (13 characters).
 */
const ALPHABET = '0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ';
/** Homoclave characters as the SAT assigns them (no O/0 confusion). */
const HOMOCLAVE_FIRST = '123456789ABCDEFGHIJKLMNPQRSTUV';
const HOMOCLAVE_SECOND = '123456789ABCDEFGHIJKLMNPQRSTUVWXYZ';

/** Check character for the first 11 (company) or 12 (person) characters. */
export function mexicoRfcCheck(front: string): string {
  if (!/^[A-Z&Ñ]{3,4}\d{6}[0-9A-Z]{2}$/.test(front)) throw new RangeError(`Malformed RFC prefix "${front}"`);
  const padded = front.padStart(12, ' ');
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += ALPHABET.indexOf(padded[i]!) * (13 - i);
  const r = 11 - (sum % 11);
  return r === 11 ? '0' : r === 10 ? 'A' : String(r);
}

const IGNORED_WORDS = new Set([
  'EL', 'LA', 'LOS', 'LAS', 'DE', 'DEL', 'Y', 'E', 'EN', 'CON', 'PARA', 'POR', 'AL', 'A',
  'COMPANIA', 'CIA', 'SOCIEDAD', 'SOC', 'GRUPO', 'THE', 'AND', 'OF',
]);

/**
 * The three letters of a company RFC from its legal name (SAT rules, simplified):
 * drop the company type ("S.A. de C.V."), articles and connectors; then take the
 * initials of three words, or initial + two letters for two words, or the
 * first three letters of a single word. "Petróleos Mexicanos" → PME.
 */
export function mexicoRfcCompanyLetters(legalName: string): string {
  const name = legalName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/,?\s+S\.?\s*A\.?(\s+DE\s+C\.?\s*V\.?)?$|,?\s+S\.?\s*DE\s+R\.?\s*L\.?.*$/, '')
    .replace(/[^A-Z& ]/g, ' ');
  const words = name.split(/\s+/).filter((w) => w && !IGNORED_WORDS.has(w));
  const [first = '', second = '', third = ''] = words;
  const letters = words.length >= 3 ? first[0]! + second[0]! + third[0]! : words.length === 2 ? first[0]! + second.slice(0, 2) : first.slice(0, 3);
  return letters.padEnd(3, 'X');
}

/**
 * A valid-looking company RFC: letters from the name, the incorporation date
 * ('YYYY-MM-DD') and a random homoclave with a correct check character.
 */
export function generateMexicoRfcCompany(random: TRandom, legalName: string, incorporatedOn: string): string {
  const match = /^\d{2}(\d{2})-(\d{2})-(\d{2})$/.exec(incorporatedOn);
  if (!match) throw new RangeError(`Incorporation date must be YYYY-MM-DD (got "${incorporatedOn}")`);
  const front = mexicoRfcCompanyLetters(legalName) + match[1] + match[2] + match[3] + random.pick([...HOMOCLAVE_FIRST]) + random.pick([...HOMOCLAVE_SECOND]);
  return front + mexicoRfcCheck(front);
}
