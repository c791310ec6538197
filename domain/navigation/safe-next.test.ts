import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

describe('safeNext', () => {
  it.each([
    ['/boards/probability?owner=u1', '/boards/probability?owner=u1'],
    ['/forecast#kpis', '/forecast#kpis'],
    ['/customers/../forecast', '/forecast'],
  ])('keeps the same-site path %s', (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });

  it.each([null, '', 'https://evil.example/', 'evil.example', '//evil.example', '/\\evil.example', '/\t/evil.example', '/\n/evil.example', '\\\\evil.example', '/%5C%5Cevil.example', '/.//evil.example', '/..//evil.example', '/x/..//evil.example', '/%2e//evil.example'])(
    'refuses %j, which would leave the site',
    (next) => {
      const result = safeNext(next);
      expect(new URL(result, 'https://dealflow.example').origin).toBe('https://dealflow.example');
      if (next !== '/%5C%5Cevil.example') expect(result).toBe('/');
    },
  );
});
