'use client';

import { useTranslations } from 'use-intl';

/** Lists that have a CSV export (GET /api/export/<entity>.csv). */
export type TExportEntity = 'customers' | 'products' | 'opportunities' | 'quotes' | 'orders' | 'invoices' | 'leads';

/**
 * "Export CSV": downloads the whole list of the organization (not only the
 * page or filter on screen) as a UTF-8 CSV that Excel opens with accents.
 */
export function ExportCsvButton({ entity }: { entity: TExportEntity }) {
  const t = useTranslations('imports');
  return (
    <a className="btn import-link" href={`/api/export/${entity}.csv`} download data-testid={`export-${entity}`}>
      ⇩ {t('exportCsv')}
    </a>
  );
}
