import fc from 'fast-check';

/** Ids the fuzzer plants in id fields: the caller's own rows, another organization's rows, and ids of nothing. */
export type TIdPool = { own: string[]; foreign: string[] };

/** An object whose own keys include `__proto__` and `constructor` (JSON.parse keeps them as data, as the server will see them). */
const pollution = () =>
  JSON.parse('{"__proto__":{"polluted":true,"isAdmin":true},"constructor":{"prototype":{"polluted":true}},"toString":"x"}') as unknown;

/** Nested arrays or objects `depth` levels deep. */
const deep = (depth: number, kind: 'array' | 'object'): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = kind === 'array' ? [value] : { a: value };
  return value;
};

/**
 * Values that break naive code: wrong types, extreme and non-finite numbers
 * (int4 and bigint overflow, NaN, -0), texts Postgres refuses (NUL) or that
 * are huge, invalid dates, deep nesting and prototype-pollution keys.
 * `hugeChars` bounds the big strings (query strings travel in the URL).
 */
export function hostileValue(ids: TIdPool, hugeChars: number): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom<unknown>(null, undefined, true, false, 0, '', [], {}, 'null', 'undefined', '0'),
    fc.constantFrom<unknown>(NaN, Infinity, -Infinity, -0, -1, -1_000_000_00, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, Number.MAX_VALUE, Number.MIN_VALUE, 1e-7, 0.1 + 0.2),
    fc.constantFrom<unknown>('\u0000', 'a\u0000b', '\uD800', '😀'.repeat(50), '<script>alert(1)</script>', "' or 1=1 --", '%s%n', '../../etc/passwd', ' ', '\n\t'),
    fc.constantFrom<unknown>('x'.repeat(hugeChars), 'é'.repeat(Math.floor(hugeChars / 2))),
    fc.constantFrom<unknown>(new Date(NaN), new Date(-8_640_000_000_000_000), new Date(8_640_000_000_000_000), '0000-00-00', '99999-12-31', '2026-02-30', '-001-01-01'),
    fc.constantFrom<unknown>(deep(64, 'array'), deep(64, 'object'), deep(2000, 'array'), deep(2000, 'object')),
    fc.constant(null).map(pollution),
    fc.constantFrom<unknown>(...ids.foreign, ...ids.own),
    fc.anything({ maxDepth: 3, maxKeys: 4, withDate: true, withNullPrototype: true }),
  );
}
