import { stdnum } from 'stdnum';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { generateSpainCif, spainCifAcceptedChecks, spainCifCheck, spainCifControlDigit } from './spain-cif';

/** stdnum's validator, an independent implementation to check ours against. */
const oracle = stdnum.ES!.cif!;

describe('Spain CIF', () => {
  it.each([
    ['A58818501'],
    ['A28015865'], // Telefónica, S.A.
    ['A46103834'], // Mercadona, S.A.
    ['A15075062'], // Industria de Diseño Textil, S.A.
    ['A48010615'], // Iberdrola, S.A.
    ['Q2826000H'], // Agencia Estatal de Administración Tributaria (letter control)
  ])('computes the control of published CIF %s', (cif) => {
    expect(spainCifCheck(cif[0]!, cif.slice(1, 8))).toBe(cif[8]);
    expect(oracle.validate(cif).isValid).toBe(true);
  });

  it('rejects a changed digit and accepts both forms only for mixed entity types', () => {
    expect(spainCifCheck('A', '5881850')).not.toBe('2');
    expect(spainCifControlDigit('5881850')).toBe(1);
    expect(spainCifAcceptedChecks('G', '5881850')).toEqual(['1', 'A']);
    expect(spainCifAcceptedChecks('P', '5881850')).toEqual(['A']);
    expect(() => spainCifControlDigit('58818')).toThrow(RangeError);
  });

  it('generates CIFs that an independent validator accepts', () => {
    const random = createRandom('cif');
    for (let i = 0; i < 300; i++) {
      const cif = generateSpainCif(random, random.pick(['A', 'B']), random.pick(['28', '08', '46', '50']));
      expect(cif).toMatch(/^[AB](28|08|46|50)\d{6}$/);
      expect(oracle.validate(cif).isValid, cif).toBe(true);
    }
  });
});
