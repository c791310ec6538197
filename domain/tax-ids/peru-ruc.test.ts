import { stdnum } from 'stdnum';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { generatePeruRuc, peruRucCheck } from './peru-ruc';

/** stdnum's validator, an independent implementation to check ours against. */
const oracle = stdnum.PE!.ruc!;

describe('Peru RUC', () => {
  it.each([
    ['20100047218'], // Banco de Crédito del Perú
    ['20100055237'], // Alicorp S.A.A.
    ['20131312955'], // SUNAT
  ])('computes the check digit of published RUC %s', (ruc) => {
    expect(peruRucCheck(ruc.slice(0, 10))).toBe(ruc[10]);
    expect(oracle.validate(ruc).isValid).toBe(true);
  });

  it('maps remainders 10 and 11 to 0 and 1', () => {
    // Exhaustive over one digit: every result is a single digit and matches the oracle.
    for (let d = 0; d <= 9; d++) {
      const first10 = `201000472${d}`;
      expect(oracle.validate(first10 + peruRucCheck(first10)).isValid).toBe(true);
    }
  });

  it('generates company RUCs that an independent validator accepts', () => {
    const random = createRandom('ruc');
    for (let i = 0; i < 300; i++) {
      const ruc = generatePeruRuc(random);
      expect(ruc).toMatch(/^20\d{9}$/);
      expect(oracle.validate(ruc).isValid, ruc).toBe(true);
    }
  });
});
