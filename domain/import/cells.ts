import { z } from 'zod';
import { currencyDigits } from '../format/money';
import { parseMoneyInput } from '../format/parse-money';
import { countryCode } from './country-code';
import { parseImportDate } from './parse-date';

/**
 * zod schemas for one CSV cell (always a string; '' when empty or unmapped).
 * Optional cells turn '' into null; messages say what was read and what is
 * expected, because they end up in an error report a person reads.
 */
export const textCell = (max: number) =>
  z
    .string()
    .max(max, `must have at most ${max} characters`)
    .transform((v) => (v === '' ? null : v));

export const requiredText = (min: number, max: number) =>
  z.string().min(1, 'is required').min(min, `must have at least ${min} characters`).max(max, `must have at most ${max} characters`);

/** Whole number in [min, max]; thousands separators refused to avoid guessing. */
export const intCell = (min: number, max: number) =>
  z.string().transform((v, ctx) => {
    if (v === '') return null;
    if (!/^-?\d+$/.test(v)) {
      ctx.addIssue({ code: 'custom', message: `"${v}" is not a whole number` });
      return z.NEVER;
    }
    const n = Number(v);
    if (n < min || n > max) {
      ctx.addIssue({ code: 'custom', message: `${v} is out of range (${min}–${max})` });
      return z.NEVER;
    }
    return n;
  });

/** A percentage 0–100 with up to 2 decimals ("21", "21,5", "10.5%"), returned in basis points. */
export const percentBpsCell = () =>
  z.string().transform((v, ctx) => {
    if (v === '') return null;
    const match = /^(\d{1,3})(?:[.,](\d{1,2}))?\s*%?$/.exec(v);
    const bps = match ? Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0')) : NaN;
    if (!match || bps > 10_000) {
      ctx.addIssue({ code: 'custom', message: `"${v}" is not a percentage from 0 to 100` });
      return z.NEVER;
    }
    return bps;
  });

/**
 * An amount in minor units of `currency`, read with the locale's separators
 * (parseMoneyInput: "1.234,56" and "1234.56" both work). Never a float.
 */
export const moneyCell = (locale: string, currency: string) =>
  z.string().transform((v, ctx) => {
    if (v === '') return null;
    const minor = parseMoneyInput(v, locale, currencyDigits(currency));
    if (minor === null) {
      ctx.addIssue({ code: 'custom', message: `"${v}" is not an amount in ${currency} (write 1234.56 or 1.234,56, at most ${currencyDigits(currency)} decimals)` });
      return z.NEVER;
    }
    return minor;
  });

/** ISO yyyy-mm-dd or dd/mm/yyyy. */
export const dateCell = () =>
  z.string().transform((v, ctx) => {
    if (v === '') return null;
    const iso = parseImportDate(v);
    if (!iso) {
      ctx.addIssue({ code: 'custom', message: `"${v}" is not a date (write 2026-03-31 or 31/03/2026)` });
      return z.NEVER;
    }
    return iso;
  });

/** ISO alpha-2 code from a code or a country name (English or Spanish). */
export const countryCell = () =>
  z.string().transform((v, ctx) => {
    const found = v === '' ? null : countryCode(v);
    if (!found) {
      ctx.addIssue({ code: 'custom', message: v === '' ? 'is required' : `"${v}" is not a country (write a code such as ES or a name such as Spain)` });
      return z.NEVER;
    }
    return found.code;
  });

const TRUE = ['true', 'yes', 'y', '1', 'si', 'sí', 's', 'x', 'active', 'activo'];
const FALSE = ['false', 'no', 'n', '0', 'inactive', 'inactivo'];

/** yes/no in English or Spanish; '' is null. */
export const booleanCell = () =>
  z.string().transform((v, ctx) => {
    if (v === '') return null;
    const key = v.toLowerCase();
    if (TRUE.includes(key)) return true;
    if (FALSE.includes(key)) return false;
    ctx.addIssue({ code: 'custom', message: `"${v}" is not yes or no` });
    return z.NEVER;
  });

/** One of `values`, matched case-insensitively also through Spanish/English `aliases`. */
export const choiceCell = <T extends string>(values: readonly T[], aliases: Record<string, T> = {}) =>
  z.string().transform((v, ctx) => {
    if (v === '') return null;
    const key = v.toLowerCase().replace(/[\s-]+/g, '_');
    const found = values.find((value) => value.toLowerCase() === key) ?? aliases[key];
    if (!found) {
      ctx.addIssue({ code: 'custom', message: `"${v}" is not one of ${values.join(', ')}` });
      return z.NEVER;
    }
    return found;
  });
