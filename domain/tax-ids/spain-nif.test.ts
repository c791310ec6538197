import { stdnum } from 'stdnum';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { spainDniLetter, spainNieLetter, spainPersonalExpectedLetter, spainPersonalKind } from './spain-nif';

/** stdnum's validator, an independent implementation to check ours against. */
const oracle = stdnum.ES!.nif!;

describe('Spain NIF (DNI) and NIE', () => {
  it.each([
    ['12345678Z', 'nif'], // the Ministry of the Interior's own example
    ['00000000T', 'nif'],
    ['K1234567L', 'nif'], // K/L/M personal NIFs use the DNI letter of their 7 digits
    ['X1234567L', 'nie'],
    ['Y0000000Z', 'nie'],
    ['Z1234567R', 'nie'],
  ])('computes the letter of %s', (id, kind) => {
    expect(spainPersonalKind(id)).toBe(kind);
    expect(spainPersonalExpectedLetter(id)).toBe(id.at(-1));
    expect(oracle.validate(id).isValid).toBe(true);
  });

  it('maps NIE X/Y/Z to 0/1/2 and covers every remainder', () => {
    expect(spainNieLetter('X', '1234567')).toBe(spainDniLetter('01234567'));
    expect(spainNieLetter('Y', '1234567')).toBe(spainDniLetter('11234567'));
    expect(spainNieLetter('Z', '1234567')).toBe(spainDniLetter('21234567'));
    const letters = new Set(Array.from({ length: 23 }, (_, r) => spainDniLetter(String(r))));
    expect(letters.size).toBe(23);
    expect(() => spainNieLetter('W', '1234567')).toThrow(RangeError);
  });

  it('agrees with an independent validator on random numbers', () => {
    const random = createRandom('nif');
    for (let i = 0; i < 300; i++) {
      const digits = random.digits(8);
      const nif = digits + spainDniLetter(digits);
      expect(oracle.validate(nif).isValid, nif).toBe(true);
      const nie = `X${digits.slice(1)}`;
      expect(oracle.validate(nie + spainNieLetter('X', digits.slice(1))).isValid).toBe(true);
    }
  });

  it('does not read other shapes as personal ids', () => {
    expect(spainPersonalKind('B12345674')).toBeNull();
    expect(spainPersonalKind('1234567Z')).toBeNull();
  });
});
