import { currencyDigits } from '~/domain/format/money';

/** Minor units as the text of a price input in the UI language: 125000 EUR → "1250,00" (es). */
export function moneyInputText(minor: number, currency: string, locale: string): string {
  const digits = currencyDigits(currency);
  const whole = Math.floor(minor / 10 ** digits);
  const fraction = String(minor % 10 ** digits).padStart(digits, '0');
  return digits ? `${whole}${locale === 'es' ? ',' : '.'}${fraction}` : String(whole);
}
