import { compactTaxId, isGenericTaxId } from './generic-tax-id';
import { isItalyPartitaIvaOffice, italyPartitaIvaCheck } from './italy-partita-iva';
import { mexicoRfcCheck } from './mexico-rfc';
import { peruRucCheck } from './peru-ruc';
import { spainCifAcceptedChecks, SPAIN_CIF_ENTITY_LETTERS } from './spain-cif';
import { spainPersonalExpectedLetter, spainPersonalKind } from './spain-nif';
import { isUsEinPrefix } from './us-ein';

/** The kind of id a value was read as; the UI has a label for each. */
export type TTaxIdKind = 'es' | 'es-nif' | 'es-nie' | 'es-cif' | 'it-piva' | 'pe-ruc' | 'mx-rfc' | 'us-ein' | 'generic';

/**
 * Why a value was refused: `format` (wrong shape), `check` (wrong check
 * character; `expected` says which), `office` (unknown Partita IVA office),
 * `prefix` (EIN prefix the IRS does not assign), `date` (impossible RFC date).
 */
export type TTaxIdProblem = 'format' | 'check' | 'office' | 'prefix' | 'date';

export type TTaxIdResult =
  | { ok: true; kind: TTaxIdKind; value: string }
  | { ok: false; kind: TTaxIdKind; problem: TTaxIdProblem; expected?: string; detail?: string; message: string };

const NAMES: Record<TTaxIdKind, string> = {
  es: 'Spanish NIF, NIE or CIF',
  'es-nif': 'Spanish NIF',
  'es-nie': 'Spanish NIE',
  'es-cif': 'Spanish CIF',
  'it-piva': 'Italian Partita IVA',
  'pe-ruc': 'Peruvian RUC',
  'mx-rfc': 'Mexican RFC',
  'us-ein': 'US EIN',
  generic: 'tax id',
};

const FORMATS: Record<TTaxIdKind, string> = {
  es: 'A Spanish tax id is a NIF (12345678Z), a NIE (X1234567L) or a CIF (B12345674).',
  'es-nif': 'A Spanish NIF is 8 digits and a letter (12345678Z).',
  'es-nie': 'A Spanish NIE is X, Y or Z, 7 digits and a letter (X1234567L).',
  'es-cif': 'A Spanish CIF is a letter, 7 digits and a control character (B12345674).',
  'it-piva': 'An Italian Partita IVA has 11 digits (e.g. 00743110157).',
  'pe-ruc': 'A Peruvian RUC has 11 digits and starts with 10, 15, 16, 17 or 20 (e.g. 20100047218).',
  'mx-rfc': 'A Mexican RFC has 3 letters (companies) or 4 (people), a date YYMMDD and 3 characters (e.g. SAT970701NN3).',
  'us-ein': 'A US EIN has 9 digits, written 12-3456789.',
  generic: 'A tax id has 4 to 20 letters and digits, with at least one digit.',
};

const fail = (kind: TTaxIdKind, problem: TTaxIdProblem, message: string, extra: { expected?: string; detail?: string } = {}): TTaxIdResult => ({
  ok: false,
  kind,
  problem,
  message,
  ...extra,
});
const badFormat = (kind: TTaxIdKind) => fail(kind, 'format', FORMATS[kind]);
const wrongCheck = (kind: TTaxIdKind, expected: string, shown: string) =>
  fail(kind, 'check', `Wrong check digit for ${/^[AEIO]/.test(NAMES[kind]) ? 'an' : 'a'} ${NAMES[kind]}: expected ${shown}`, { expected });

/**
 * Validates a tax id for the customer's country (ISO 3166-1 alpha-2) and
 * returns it in its usual printed form. Spain (NIF, NIE, CIF), Italy, Peru,
 * Mexico and the US are checked digit by digit; any other country gets the
 * generic length/charset rule. Messages are English sentences for API users;
 * the UI translates from `kind`, `problem` and `expected`.
 */
export function validateTaxId(country: string, raw: string): TTaxIdResult {
  const compact = compactTaxId(raw);
  switch (country) {
    case 'ES':
      return validateSpain(compact.replace(/^ES(?=[0-9A-Z]{9}$)/, ''));
    case 'IT':
      return validateItaly(compact.replace(/^IT(?=\d{11}$)/, ''));
    case 'PE':
      return validatePeru(compact);
    case 'MX':
      return validateMexico(compact);
    case 'US':
      return validateUs(compact);
    default:
      return isGenericTaxId(compact) ? { ok: true, kind: 'generic', value: raw.trim().toUpperCase() } : badFormat('generic');
  }
}

function validateSpain(id: string): TTaxIdResult {
  const personal = spainPersonalKind(id);
  if (personal) {
    const kind = personal === 'nie' ? 'es-nie' : 'es-nif';
    const expected = spainPersonalExpectedLetter(id);
    return id.endsWith(expected) ? { ok: true, kind, value: id } : wrongCheck(kind, expected, `letter ${expected}`);
  }
  if (/^[A-Z]\d{7}[0-9A-J]$/.test(id) && SPAIN_CIF_ENTITY_LETTERS.includes(id[0]!)) {
    const accepted = spainCifAcceptedChecks(id[0]!, id.slice(1, 8));
    if (accepted.includes(id[8]!)) return { ok: true, kind: 'es-cif', value: id };
    const shown = accepted.map((c) => (/\d/.test(c) ? c : `letter ${c}`)).join(' or ');
    return wrongCheck('es-cif', accepted.join('/'), shown);
  }
  return badFormat('es');
}

function validateItaly(id: string): TTaxIdResult {
  if (!/^\d{11}$/.test(id)) return badFormat('it-piva');
  const office = id.slice(7, 10);
  if (!isItalyPartitaIvaOffice(office)) {
    return fail('it-piva', 'office', `Not an Italian Partita IVA: office code ${office} does not exist.`, { detail: office });
  }
  const expected = italyPartitaIvaCheck(id.slice(0, 10));
  return id[10] === expected ? { ok: true, kind: 'it-piva', value: id } : wrongCheck('it-piva', expected, expected);
}

function validatePeru(id: string): TTaxIdResult {
  if (!/^(10|15|16|17|20)\d{9}$/.test(id)) return badFormat('pe-ruc');
  const expected = peruRucCheck(id.slice(0, 10));
  return id[10] === expected ? { ok: true, kind: 'pe-ruc', value: id } : wrongCheck('pe-ruc', expected, expected);
}

function validateMexico(id: string): TTaxIdResult {
  const match = /^([A-Z&Ñ]{3,4})(\d{2})(\d{2})(\d{2})([0-9A-Z]{2})([0-9A])$/.exec(id);
  if (!match) return badFormat('mx-rfc');
  const [, , yy, mm, dd] = match;
  const date = new Date(Date.UTC(2000 + Number(yy), Number(mm) - 1, Number(dd)));
  if (date.getUTCMonth() !== Number(mm) - 1 || date.getUTCDate() !== Number(dd)) {
    return fail('mx-rfc', 'date', `Not a Mexican RFC: ${yy}${mm}${dd} is not a date (YYMMDD).`, { detail: `${yy}${mm}${dd}` });
  }
  const expected = mexicoRfcCheck(id.slice(0, -1));
  return id.endsWith(expected) ? { ok: true, kind: 'mx-rfc', value: id } : wrongCheck('mx-rfc', expected, expected);
}

function validateUs(id: string): TTaxIdResult {
  if (!/^\d{9}$/.test(id)) return badFormat('us-ein');
  const prefix = id.slice(0, 2);
  if (!isUsEinPrefix(prefix)) {
    return fail('us-ein', 'prefix', `Not a US EIN: the IRS does not assign prefix ${prefix}.`, { detail: prefix });
  }
  return { ok: true, kind: 'us-ein', value: `${prefix}-${id.slice(2)}` };
}
