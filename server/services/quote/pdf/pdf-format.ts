import { formatMoney } from '~/domain/format/money';
import type { TPdfLanguage } from './pdf-strings';

/**
 * Number and date formatting for a printed quote, with Intl in the
 * document's locale. PDF standard fonts only know WinAnsi, so the narrow
 * and thin spaces and the minus sign some locales use become plain ones.
 */
export function pdfFormatters(language: TPdfLanguage, currency: string) {
  const locale = language === 'es' ? 'es-ES' : 'en-GB';
  const quantity = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
  const date = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
  const regions = new Intl.DisplayNames([locale], { type: 'region' });
  return {
    money: (minor: number) => winAnsi(formatMoney(minor, currency, locale)),
    quantity: (value: string) => winAnsi(quantity.format(Number(value))),
    bps: (bps: number) => winAnsi(percent.format(bps / 10_000)),
    /** 'YYYY-MM-DD' → 31/01/2030 (es) or 31/01/2030 (en-GB). */
    date: (day: string | null) => (day ? date.format(new Date(`${day}T00:00:00Z`)) : ''),
    country: (code: string) => regions.of(code) ?? code,
  };
}

export type TPdfFormatters = ReturnType<typeof pdfFormatters>;

function winAnsi(text: string): string {
  return text.replace(/[\u202f\u2009]/g, '\u00a0').replace(/\u2212/g, '-');
}
