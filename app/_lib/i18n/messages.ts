import type { TLocale } from '~/domain/schemas/organization';
import { en } from './en';
import { es } from './es';

export const LOCALE_COOKIE = 'dealflow-locale';
export const messagesByLocale: Record<TLocale, typeof en> = { en, es };

/** Picks the UI language: the cookie, then the browser's Accept-Language, then Spanish. */
export function pickLocale(cookie: string | undefined, acceptLanguage: string | null): TLocale {
  if (cookie === 'en' || cookie === 'es') return cookie;
  const first = acceptLanguage?.split(',')[0]?.trim().slice(0, 2).toLowerCase();
  return first === 'en' ? 'en' : 'es';
}
