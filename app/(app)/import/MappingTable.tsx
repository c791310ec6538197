'use client';

import { useTranslations } from 'use-intl';
import type { TColumnMapping } from '~/domain/import/suggest-mapping';

/** One line per CSV column with a dropdown of the entity's fields (or ignore). */
export function MappingTable(props: {
  headers: string[];
  fields: { key: string; required: boolean }[];
  mapping: TColumnMapping;
  sample: Record<string, string> | undefined;
  onChange: (mapping: TColumnMapping) => void;
}) {
  const t = useTranslations('imports');
  return (
    <table className="table import-mapping" data-testid="import-mapping">
      <thead>
        <tr>
          <th>{t('column')}</th>
          <th>{t('field')}</th>
          <th className="muted">{props.sample ? `${t('row')} 2` : ''}</th>
        </tr>
      </thead>
      <tbody>
        {props.headers.map((header) => (
          <tr key={header}>
            <td className="cell-title">{header}</td>
            <td>
              <select
                className="input input-sm"
                aria-label={`${t('field')}: ${header}`}
                value={props.mapping[header] ?? ''}
                onChange={(e) => props.onChange({ ...props.mapping, [header]: e.target.value || null })}
              >
                <option value="">{t('ignore')}</option>
                {props.fields.map((f) => (
                  <option key={f.key} value={f.key}>
                    {f.key}
                    {f.required ? ` (${t('required')})` : ''}
                  </option>
                ))}
              </select>
            </td>
            <td className="muted import-sample-cell">{props.sample?.[header] ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
