'use client';

import { useTranslations } from 'use-intl';
import { csvFileName } from '../_lib/csv';

/**
 * Downloads a table of the report as CSV, built in the browser from the
 * figures on screen (so it matches the filters). `build` returns the whole
 * document, BOM included.
 */
export function CsvButton({ table, build }: { table: string; build: () => string }) {
  const t = useTranslations('forecastReport.csv');
  const download = () => {
    const url = URL.createObjectURL(new Blob([build()], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = csvFileName(table, new Date());
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <button type="button" className="btn btn-ghost fc-csv no-print" onClick={download} title={t('exportTitle')} data-testid={`csv-${table}`}>
      ⇩ {t('export')}
    </button>
  );
}
