import type { TQuoteDetail } from '../get-quote';
import { pdfFormatters, type TPdfFormatters } from './pdf-format';
import { pdfLanguage, pdfStrings, type TPdfLanguage, type TPdfStrings } from './pdf-strings';

/** Everything a layout prints, already formatted: layouts only place text. */
export type TPdfContent = {
  t: TPdfStrings;
  f: TPdfFormatters;
  detail: TQuoteDetail;
  /** Customer address lines (street, postal code + city, region, country). */
  address: string[];
  paymentTerms: string | null;
};

/** Prepares a quote for printing in `language` (default: the organization's locale). */
export function pdfContent(detail: TQuoteDetail, language?: TPdfLanguage): TPdfContent {
  const lang = language ?? pdfLanguage(detail.organization.locale);
  const t = pdfStrings[lang];
  const f = pdfFormatters(lang, detail.quote.currency);
  const c = detail.customer;
  const address = c
    ? [c.addressLine, [c.postalCode, c.city].filter(Boolean).join(' '), c.region, f.country(c.country)].filter((line): line is string => Boolean(line))
    : [];
  return { t, f, detail, address, paymentTerms: c ? t.paymentTerms.replace('{days}', String(c.paymentTermsDays)) : null };
}
