import { stdnum } from 'stdnum';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { generateUsEin, isUsEinPrefix } from './us-ein';

/** stdnum's validator, an independent implementation to check ours against. */
const oracle = stdnum.US!.ein!;

describe('US EIN', () => {
  it.each([
    ['94-2404110'], // Apple Inc.
    ['91-1144442'], // Microsoft Corporation
  ])('accepts the prefix of published EIN %s', (ein) => {
    expect(isUsEinPrefix(ein.slice(0, 2))).toBe(true);
    expect(oracle.validate(ein).isValid).toBe(true);
  });

  it('rejects prefixes the IRS does not assign', () => {
    for (const prefix of ['00', '07', '08', '09', '17', '18', '19', '28', '29', '49', '69', '70', '78', '79', '89', '96', '97']) {
      expect(isUsEinPrefix(prefix), prefix).toBe(false);
      expect(oracle.validate(`${prefix}-1234567`).isValid, prefix).toBe(false);
    }
  });

  it('generates EINs that an independent validator accepts', () => {
    const random = createRandom('ein');
    for (let i = 0; i < 300; i++) {
      const ein = generateUsEin(random);
      expect(ein).toMatch(/^\d{2}-\d{7}$/);
      expect(oracle.validate(ein).isValid, ein).toBe(true);
    }
  });
});
