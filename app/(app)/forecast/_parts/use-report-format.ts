'use client';

import { useMemo } from 'react';
import { useLocale } from 'use-intl';
import { formatMoney } from '~/domain/format/money';

/**
 * Intl formatters of the report for the UI language and the organization's
 * currency: whole-unit amounts in tables and tiles, compact amounts on
 * axes, percentages, months ('may 26'), quarters and instants.
 */
export function useReportFormat(currency: string, timeZone: string) {
  const locale = useLocale();
  return useMemo(() => {
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const percent1 = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    const number1 = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const monthFmt = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
    const monthLong = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    const dateFmt = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const instantFmt = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
    const timeFmt = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
    return {
      locale,
      currency,
      money: (minor: number) => formatMoney(minor, currency, locale, { wholeUnits: true }),
      compact: (minor: number) => formatMoney(minor, currency, locale, { compact: true }),
      /** A share 0–1, e.g. 0.253 → "25 %". */
      pct: (share: number | null) => (share === null ? '—' : percent.format(share)),
      pct1: (share: number | null) => (share === null ? '—' : percent1.format(share)),
      /** Percent points already ×100 (chart axes). */
      points: (value: number) => percent.format(value / 100),
      number1: (value: number) => number1.format(value),
      integer: (value: number) => integer.format(value),
      month: (ym: string) => monthFmt.format(new Date(`${ym}-01T00:00:00Z`)),
      monthLong: (ym: string) => monthLong.format(new Date(`${ym}-01T00:00:00Z`)),
      quarter: (key: string) => key.replace('-', ' '),
      /** A calendar date 'YYYY-MM-DD' (no time-zone shift). */
      date: (ymd: string) => dateFmt.format(new Date(`${ymd}T00:00:00Z`)),
      /** An instant in the organization's time zone. */
      instant: (iso: string) => instantFmt.format(new Date(iso)),
      /** The browser's wall-clock time, for "updated hh:mm:ss". */
      time: (d: Date) => timeFmt.format(d),
    };
  }, [locale, currency, timeZone]);
}

export type TReportFormat = ReturnType<typeof useReportFormat>;
