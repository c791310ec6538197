import { stdnum } from 'stdnum';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { generateMexicoRfcCompany, mexicoRfcCheck, mexicoRfcCompanyLetters } from './mexico-rfc';

/** stdnum's validator, an independent implementation to check ours against. */
const oracle = stdnum.MX!.rfc!;

describe('Mexico RFC', () => {
  it.each([
    ['SAT970701NN3'], // Servicio de Administración Tributaria
    ['CFE370814QI0'], // Comisión Federal de Electricidad
    ['PME380607P35'], // Petróleos Mexicanos
    ['TME840315KT6'], // Teléfonos de México
    ['CEM880726UZA'], // Cemex (check "A")
    ['GODE561231GR8'], // a person (13 characters), from python-stdnum's tests
  ])('computes the check character of %s', (rfc) => {
    expect(mexicoRfcCheck(rfc.slice(0, -1))).toBe(rfc.at(-1));
    expect(oracle.validate(rfc).isValid).toBe(true);
  });

  it.each([
    ['Petróleos Mexicanos', 'PME'],
    ['Comisión Federal de Electricidad', 'CFE'],
    ['Servicio de Administración Tributaria', 'SAT'],
    ['Empacadora del Bajío, S.A. de C.V.', 'EBA'],
    ['Aceros Garza, S. de R.L. de C.V.', 'AGA'],
    ['Bimbo, S.A. de C.V.', 'BIM'],
    ['Alimentos La Huerta y Compañía del Norte, S.A.', 'AHN'],
  ])('takes the name letters of %s', (name, letters) => {
    expect(mexicoRfcCompanyLetters(name)).toBe(letters);
  });

  it('generates company RFCs that an independent validator accepts', () => {
    const random = createRandom('rfc');
    for (let i = 0; i < 300; i++) {
      const day = String(random.int(1, 28)).padStart(2, '0');
      const rfc = generateMexicoRfcCompany(random, 'Plásticos del Norte, S.A. de C.V.', `19${random.int(60, 99)}-0${random.int(1, 9)}-${day}`);
      expect(rfc).toMatch(/^PNO\d{6}[0-9A-Z]{3}$/);
      expect(oracle.validate(rfc).isValid, rfc).toBe(true);
    }
    expect(() => generateMexicoRfcCompany(random, 'X', '1990/01/01')).toThrow(RangeError);
  });
});
