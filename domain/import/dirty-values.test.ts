import { describe, expect, it } from 'vitest';
import { countryCode } from './country-code';
import { normalizeSector } from './dataset/sectors';
import { importedEmail } from './dataset/plan-sales-teams';
import { expectedCloseDate, medianDays } from './dataset/expected-close';
import { matchName, normalizeName } from './normalize-name';

describe('dirty value matching', () => {
  const products = new Map([['GTX Pro', 1], ['GTX Plus Pro', 2], ['MG Special', 3]]);
  it('matches names that differ only in spaces, case or accents, and says so', () => {
    expect(matchName('GTX Pro', products)).toEqual({ value: 1, name: 'GTX Pro', how: 'exact' });
    expect(matchName('GTXPro', products)).toEqual({ value: 1, name: 'GTX Pro', how: 'normalized' });
    expect(matchName('mg-special', products)).toEqual({ value: 3, name: 'MG Special', how: 'normalized' });
    expect(normalizeName('Ferretería Núñez, S.L.')).toBe('ferreterianunezsl');
  });
  it('never guesses beyond normalization unless allowed, and never on a tie', () => {
    expect(matchName('GTX Pr', products)).toBeNull();
    expect(matchName('GTX Pr', products, 1)).toEqual({ value: 1, name: 'GTX Pro', how: 'fuzzy' });
    expect(matchName('ab', new Map([['aa', 1], ['bb', 2]]), 1)).toBeNull();
    expect(matchName('', products)).toBeNull();
  });
  it.each([
    ['United States', 'US', null],
    ['España', 'ES', null],
    ['Germany', 'DE', null],
    ['it', 'IT', null],
    ['Philipines', 'PH', 'Philippines'],
    ['Korea', 'KR', 'South Korea'],
  ])('country %s → %s (corrected: %s)', (text, code, corrected) => {
    expect(countryCode(text)).toEqual({ code, corrected });
  });
  it('refuses what is not a country', () => {
    expect(countryCode('Atlantis')).toBeNull();
    expect(countryCode('ZZ')).toBeNull();
  });
  it('corrects misspelled sectors and reports it', () => {
    expect(normalizeSector('technolgy')).toEqual({ sector: 'technology', corrected: true });
    expect(normalizeSector('medical')).toEqual({ sector: 'medical', corrected: false });
    expect(normalizeSector('Astrology')).toEqual({ sector: 'Astrology', corrected: false });
  });
  it('derives undeliverable e-mails for imported people', () => {
    expect(importedEmail('Mei-Mei Johns', 'acme')).toBe('mei-mei.johns@acme.import.invalid');
    expect(importedEmail('José  Ñúñez Pérez', 'demo')).toBe('jose.nunez.perez@demo.import.invalid');
  });
  it('gives open deals an expected close date by the documented rule', () => {
    expect(medianDays([10, 50, 30])).toBe(30);
    expect(medianDays([10, 20, 30, 41])).toBe(25);
    expect(expectedCloseDate({ closeDate: '2017-05-01', engageDate: '2017-01-01' }, 45, '2017-12-31')).toBe('2017-05-01');
    expect(expectedCloseDate({ closeDate: null, engageDate: '2017-01-01' }, 45, '2017-12-31')).toBe('2017-02-15');
    expect(expectedCloseDate({ closeDate: null, engageDate: null }, 45, '2017-12-31')).toBe('2018-02-14');
  });
});
