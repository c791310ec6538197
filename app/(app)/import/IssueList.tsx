'use client';

import { useTranslations } from 'use-intl';
import type { TImportIssue } from '~/domain/import/issue';

/** Errors, then warnings, as "file · row 12 · tax_id: message" lines. */
export function IssueList({ issues, truncated }: { issues: TImportIssue[]; truncated: number }) {
  const t = useTranslations('imports');
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  const line = (i: TImportIssue, k: number) => (
    <li key={k}>
      <span className="muted">{[i.file, i.row > 0 ? `${t('row')} ${i.row}` : null, i.column].filter(Boolean).join(' · ')}</span> {i.message}
    </li>
  );
  return (
    <>
      {errors.length > 0 && (
        <div className="import-issues import-errors" role="alert">
          <h3>{t('errors')} ({errors.length})</h3>
          <ul>{errors.slice(0, 200).map(line)}</ul>
        </div>
      )}
      {warnings.length > 0 && (
        <div className="import-issues import-warnings">
          <h3>{t('warnings')} ({warnings.length})</h3>
          <ul>{warnings.slice(0, 200).map(line)}</ul>
        </div>
      )}
      {truncated > 0 && <p className="muted">{t('moreIssues', { count: truncated })}</p>}
    </>
  );
}
