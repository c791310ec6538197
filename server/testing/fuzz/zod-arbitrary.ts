import fc from 'fast-check';
import type { z } from 'zod';
import { hostileValue, type TIdPool } from './hostile-values';

type TDef = { type: string; [key: string]: any };
type TCheck = { check: string; minimum?: number; maximum?: number; value?: number; inclusive?: boolean; format?: string; pattern?: RegExp };

const defOf = (schema: unknown): TDef => (schema as { _zod: { def: TDef } })._zod.def;
const checksOf = (def: TDef): TCheck[] => (def.checks ?? []).map((c: { _zod: { def: TCheck } }) => c._zod.def);

export type TFuzzOptions = {
  ids: TIdPool;
  /** Share of nodes replaced by a hostile value (0–1). */
  hostileShare: number;
  /** Longest hostile string (characters). */
  hugeChars: number;
};

/**
 * A fast-check arbitrary for values of a zod 4 schema, mostly valid (so the
 * input reaches the service and the database) with hostile values mixed in
 * at every level: each node is replaced by a hostile value with
 * `hostileShare` probability, objects sometimes get unknown or
 * prototype-pollution keys, and id fields take own, foreign or unknown ids.
 */
export function zodArbitrary(schema: z.ZodType, opts: TFuzzOptions): fc.Arbitrary<unknown> {
  const weight = Math.round(opts.hostileShare * 100);
  const hostile = hostileValue(opts.ids, opts.hugeChars);
  const withHostile = (valid: fc.Arbitrary<unknown>) => (weight === 0 ? valid : fc.oneof({ weight: 100 - weight, arbitrary: valid }, { weight, arbitrary: hostile }));
  const idArb = fc.oneof(fc.constantFrom(...opts.ids.own), fc.constantFrom(...opts.ids.foreign), fc.uuid());

  function build(node: unknown, depth: number): fc.Arbitrary<unknown> {
    const def = defOf(node);
    const checks = checksOf(def);
    const min = (kind: string) => checks.find((c) => c.check === kind);
    switch (def.type) {
      case 'string': {
        if (def.format === 'uuid' || def.format === 'guid') return idArb;
        if (def.format === 'email') return fc.oneof(fc.emailAddress(), fc.constantFrom('rep@alpha.test', 'rep@beta.test'));
        if (def.format === 'url') return fc.webUrl();
        const pattern = def.pattern instanceof RegExp && def.format ? def.pattern : checks.find((c) => c.format === 'regex')?.pattern;
        if (pattern) return fc.stringMatching(pattern);
        const minLength = min('min_length')?.minimum ?? 0;
        const declaredMax = min('max_length')?.maximum;
        const maxLength = Math.min(declaredMax ?? 40, Math.max(minLength, 40));
        // Valid by the schema, hard for the database: NUL and lone surrogates, the longest allowed text.
        const edgy = [`a\u0000${'b'.repeat(Math.max(0, minLength - 2))}`, `\uD800${'x'.repeat(Math.max(0, minLength - 1))}`, 'é'.repeat(Math.max(minLength, Math.min(declaredMax ?? 10_000, 10_000)))]
          .filter((v) => v.length >= minLength && v.length <= (declaredMax ?? Infinity));
        return fc.oneof(fc.string({ minLength, maxLength }), fc.string({ unit: 'grapheme', minLength, maxLength }), ...(edgy.length ? [fc.constantFrom(...edgy)] : []));
      }
      case 'number': {
        const int = checks.some((c) => c.check === 'number_format' && (c.format === 'safeint' || c.format === 'int32'));
        const lower = min('greater_than');
        const upper = min('less_than');
        const lo = lower ? lower.value! + (lower.inclusive ? 0 : int ? 1 : 1e-6) : undefined;
        const hi = upper ? upper.value! - (upper.inclusive ? 0 : int ? 1 : 1e-6) : undefined;
        const [from, to] = [lo ?? -Number.MAX_SAFE_INTEGER, hi ?? Number.MAX_SAFE_INTEGER];
        // Valid by the schema, out of range for int4/bigint columns.
        const edgy = [2 ** 31, -(2 ** 31) - 1, 2 ** 53 - 1, -(2 ** 53) + 1, 1e20].filter((v) => v >= from && v <= to && (!int || Number.isSafeInteger(v)));
        const valid = int ? fc.integer({ min: Math.ceil(from), max: Math.floor(to) }) : fc.double({ min: lo ?? -1e12, max: hi ?? 1e12, noNaN: true, noDefaultInfinity: true });
        return edgy.length ? fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: fc.constantFrom(...edgy) }) : valid;
      }
      case 'bigint':
        return fc.bigInt();
      case 'boolean':
        return fc.boolean();
      case 'date':
        return fc.date();
      case 'enum':
        return fc.constantFrom(...Object.values(def.entries as Record<string, unknown>));
      case 'literal':
        return fc.constantFrom(...(def.values as unknown[]));
      case 'object': {
        const shape = def.shape as Record<string, z.ZodType>;
        const keys = Object.keys(shape);
        const record = fc.record(Object.fromEntries(keys.map((k) => [k, child(shape[k], depth)])), {
          requiredKeys: keys.filter((k) => !['optional', 'default'].includes(defOf(shape[k]).type)),
        });
        const extra = fc.dictionary(fc.constantFrom('unknownField', '__proto__', 'constructor', 'organizationId', 'id'), hostile, { maxKeys: 2 });
        return fc.oneof({ weight: 4, arbitrary: record }, { weight: weight ? 1 : 0, arbitrary: fc.tuple(record, extra).map(([r, e]) => ({ ...(r as object), ...(e as object) })) });
      }
      case 'array': {
        const maxLength = Math.min(min('max_length')?.maximum ?? 4, 4);
        const minLength = Math.min(min('min_length')?.minimum ?? 0, maxLength);
        return fc.array(child(def.element, depth), { minLength, maxLength });
      }
      case 'tuple':
        return fc.tuple(...(def.items as z.ZodType[]).map((item) => child(item, depth)));
      case 'record':
        return fc.dictionary(fc.string({ maxLength: 8 }), child(def.valueType, depth), { maxKeys: 3 });
      case 'optional':
      case 'default':
      case 'prefault':
        return fc.option(child(def.innerType, depth), { nil: undefined, freq: 4 });
      case 'nullable':
        return fc.option(child(def.innerType, depth), { nil: null, freq: 4 });
      case 'nonoptional':
      case 'readonly':
      case 'catch':
        return build(def.innerType, depth);
      case 'pipe':
        return build(def.in, depth);
      case 'union':
        return fc.oneof(...(def.options as z.ZodType[]).map((o) => build(o, depth)));
      case 'lazy':
        return depth > 3 ? fc.constant(null) : build(def.getter(), depth + 1);
      default:
        return hostile; // transform, custom, any, unknown...: anything goes
    }
  }
  const child = (node: unknown, depth: number) => withHostile(build(node, depth + 1));
  return withHostile(build(schema, 0));
}
