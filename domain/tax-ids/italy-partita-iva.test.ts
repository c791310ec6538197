import { stdnum } from 'stdnum';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { generateItalyPartitaIva, isItalyPartitaIvaOffice, italyPartitaIvaCheck } from './italy-partita-iva';

/** stdnum's validator, an independent implementation to check ours against. */
const oracle = stdnum.IT!.iva!;

describe('Italy Partita IVA', () => {
  it.each([
    ['00743110157'],
    ['00905811006'], // Eni S.p.A.
    ['00811720580'], // Enel S.p.A.
    ['00488410010'], // Telecom Italia S.p.A.
  ])('computes the check digit of published Partita IVA %s', (piva) => {
    expect(italyPartitaIvaCheck(piva.slice(0, 10))).toBe(piva[10]);
    expect(oracle.validate(piva).isValid).toBe(true);
  });

  it('notices a changed digit and checks office codes', () => {
    expect(italyPartitaIvaCheck('0074311016')).not.toBe('7');
    expect(isItalyPartitaIvaOffice('015')).toBe(true);
    expect(isItalyPartitaIvaOffice('121')).toBe(true);
    expect(isItalyPartitaIvaOffice('000')).toBe(false);
    expect(isItalyPartitaIvaOffice('101')).toBe(false);
  });

  it('generates numbers that an independent validator accepts', () => {
    const random = createRandom('piva');
    for (let i = 0; i < 300; i++) {
      const piva = generateItalyPartitaIva(random, random.pick(['015', '001', '058', '100']));
      expect(oracle.validate(piva).isValid, piva).toBe(true);
    }
    expect(() => generateItalyPartitaIva(random, '500')).toThrow(RangeError);
  });
});
