'use client';

import { useTranslations } from 'use-intl';
import type { TImportIssue } from '~/domain/import/issue';

/** Sample rows of the file with each row's errors; bad rows and bad cells are highlighted. */
export function PreviewTable({ headers, sample, issues }: { headers: string[]; sample: { row: number; values: Record<string, string> }[]; issues: TImportIssue[] }) {
  const t = useTranslations('imports');
  const byRow = new Map<number, TImportIssue[]>();
  for (const issue of issues) if (issue.severity === 'error') byRow.set(issue.row, [...(byRow.get(issue.row) ?? []), issue]);
  return (
    <div className="import-preview-scroll">
      <table className="table import-preview" data-testid="import-preview">
        <thead>
          <tr>
            <th className="num">{t('row')}</th>
            {headers.map((h) => <th key={h}>{h}</th>)}
            <th>{t('problems')}</th>
          </tr>
        </thead>
        <tbody>
          {sample.map(({ row, values }) => {
            const problems = byRow.get(row) ?? [];
            const badColumns = new Set(problems.map((p) => p.column));
            return (
              <tr key={row} className={problems.length ? 'import-row-bad' : undefined}>
                <td className="num mono">{row}</td>
                {headers.map((h) => <td key={h} className={badColumns.has(h) ? 'import-cell-bad' : undefined}>{values[h]}</td>)}
                <td className="import-row-problems">{problems.map((p) => `${p.column ? `${p.column}: ` : ''}${p.message}`).join(' · ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
