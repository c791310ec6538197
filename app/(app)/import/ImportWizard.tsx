'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import { useTRPC } from '~/app/_lib/trpc/react';
import type { TColumnMapping } from '~/domain/import/suggest-mapping';
import { IssueList } from './IssueList';
import { MappingTable } from './MappingTable';
import { PreviewTable } from './PreviewTable';
import { downloadIssues, postUpload, type TDatasetResult, type TEntityCommit, type TEntityPreview } from './upload-client';

type TKind = 'customers' | 'products' | 'opportunities' | 'dataset';
const KINDS: TKind[] = ['customers', 'products', 'opportunities', 'dataset'];

/**
 * Upload → mapping → preview → import. Nothing is kept on the server between
 * steps: each check and the final import send the file again with the
 * current mapping, and the server validates it again inside the import
 * transaction.
 */
export function ImportWizard() {
  const t = useTranslations('imports');
  const uiLocale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<TKind>('customers');
  const [files, setFiles] = useState<File[]>([]);
  const [locale, setLocale] = useState(uiLocale === 'en' ? 'en' : 'es');
  const [mapping, setMapping] = useState<TColumnMapping | null>(null);
  const [checkedMapping, setCheckedMapping] = useState<string | null>(null);
  const [preview, setPreview] = useState<TEntityPreview | null>(null);
  const [dataset, setDataset] = useState<TDatasetResult | null>(null);
  // 1 USD in the organization's currency; the sample data set is in dollars.
  const [usdRate, setUsdRate] = useState('');
  const [result, setResult] = useState<TEntityCommit | TDatasetResult | null>(null);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const reset = (next: Partial<{ kind: TKind; files: File[] }> = {}) => {
    if (next.kind) setKind(next.kind);
    setFiles(next.files ?? []);
    setMapping(null);
    setCheckedMapping(null);
    setPreview(null);
    setDataset(null);
    setResult(null);
    setFailure(null);
  };
  const form = (withMapping: TColumnMapping | null) => {
    const data = new FormData();
    for (const file of files) data.append('file', file, file.name);
    data.append('locale', locale);
    if (kind === 'dataset' && usdRate.trim()) data.append('usdRate', usdRate.trim());
    if (withMapping) data.append('mapping', JSON.stringify(withMapping));
    return data;
  };
  const run = async (step: 'check' | 'import') => {
    setBusy(step);
    setFailure(null);
    try {
      if (kind === 'dataset') {
        const body = await postUpload<TDatasetResult>(`/api/import/dataset/${step === 'check' ? 'preview' : 'commit'}`, form(null));
        if (step === 'check') setDataset(body);
        else setResult(body);
      } else if (step === 'check') {
        const body = await postUpload<TEntityPreview>(`/api/import/${kind}/preview`, form(mapping));
        setPreview(body);
        setMapping(body.mapping);
        setCheckedMapping(JSON.stringify(body.mapping));
      } else {
        setResult(await postUpload<TEntityCommit>(`/api/import/${kind}/commit`, form(mapping)));
      }
      if (step === 'import') await queryClient.invalidateQueries({ queryKey: trpc.imports.listRuns.queryKey() });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(null);
    }
  };

  const mappingDirty = mapping !== null && JSON.stringify(mapping) !== checkedMapping;
  const current = kind === 'dataset' ? dataset : preview;
  const errorCount = current ? current.issues.filter((i) => i.severity === 'error').length + (current.issuesTruncated > 0 ? 1 : 0) : 0;
  const validRows = preview ? preview.counts.rows - preview.counts.badRows : 0;

  return (
    <section className="card import-wizard">
      <div className="import-step">
        <label className="import-label" htmlFor="import-kind">{t('what')}</label>
        <select id="import-kind" className="input" value={kind} onChange={(e) => reset({ kind: e.target.value as TKind })}>
          {KINDS.map((k) => <option key={k} value={k}>{t(`entity.${k}`)}</option>)}
        </select>
        {kind === 'dataset' && <p className="hint">{t('datasetHint')}</p>}
      </div>
      <div className="import-step import-row">
        <div>
          <label className="import-label" htmlFor="import-file">{kind === 'dataset' ? t('files') : t('file')}</label>
          <input id="import-file" key={kind} className="input" type="file" accept=".csv,text/csv" multiple={kind === 'dataset'} onChange={(e) => reset({ kind, files: [...(e.target.files ?? [])] })} data-testid="import-file" />
        </div>
        {kind === 'dataset' && (
          <div>
            <label className="import-label" htmlFor="import-usd-rate">{t('usdRate')}</label>
            <input id="import-usd-rate" className="input" inputMode="decimal" placeholder="0,92" value={usdRate} onChange={(e) => { setUsdRate(e.target.value); setDataset(null); }} data-testid="import-usd-rate" />
          </div>
        )}
        {kind !== 'dataset' && (
          <div>
            <label className="import-label" htmlFor="import-locale">{t('numberFormat')}</label>
            <select id="import-locale" className="input" value={locale} onChange={(e) => { setLocale(e.target.value); setCheckedMapping(null); }}>
              <option value="es">{t('numberEs')}</option>
              <option value="en">{t('numberEn')}</option>
            </select>
          </div>
        )}
        <button type="button" className="btn btn-primary" disabled={files.length === 0 || busy !== null} onClick={() => run('check')}>
          {busy === 'check' ? t('checking') : t('preview')}
        </button>
      </div>
      <p className="hint">{t('limits')}</p>
      {failure && <div className="alert" role="alert">{t('failed', { message: failure })}</div>}

      {preview && kind !== 'dataset' && mapping && (
        <div className="import-step">
          <h2 className="card-title">{t('mapping')}</h2>
          <p className="hint">{t('mappingHint')}</p>
          <MappingTable headers={preview.headers} fields={preview.fields} mapping={mapping} sample={preview.sample.find((s) => s.row === 2)?.values} onChange={setMapping} />
          {mappingDirty && (
            <button type="button" className="btn" disabled={busy !== null} onClick={() => run('check')}>{t('recheck')}</button>
          )}
        </div>
      )}

      {current && !result && (
        <div className="import-step">
          <h2 className="card-title">{t('previewTitle')}</h2>
          {preview && kind !== 'dataset' && (
            <>
              <p className="muted" data-testid="import-summary">{t('rowsSummary', { rows: preview.counts.rows, badRows: preview.counts.badRows, warnings: preview.counts.warnings })}</p>
              <p className="hint">{t('sampleHint')}</p>
              <PreviewTable headers={preview.headers} sample={preview.sample} issues={preview.issues} />
            </>
          )}
          {dataset && kind === 'dataset' && <DatasetCounts counts={dataset.counts} />}
          <IssueList issues={current.issues} truncated={current.issuesTruncated} />
          <div className="form-actions import-actions">
            <button
              type="button"
              className="btn btn-primary"
              disabled={errorCount > 0 || mappingDirty || busy !== null}
              onClick={() => run('import')}
              data-testid="import-commit"
            >
              {busy === 'import' ? t('importing') : kind === 'dataset' ? t('importDataset') : t('importButton', { count: validRows })}
            </button>
            {errorCount > 0 && (
              <>
                <span className="import-blocked">{t('blocked')}</span>
                <button type="button" className="btn btn-ghost" onClick={() => downloadIssues(current.issues, `import-${kind}-errors.csv`)}>
                  {t('downloadPreviewReport')}
                </button>
              </>
            )}
          </div>
        </div>
      )}

      {result && (
        <div className="import-step" data-testid="import-result">
          <div className={result.status === 'imported' ? 'import-result-ok' : 'alert'} role="status">
            {result.status === 'imported'
              ? t('imported', { count: 'imported' in result.counts ? result.counts.imported! : (result.counts.deals ?? 0) })
              : t('rejected', { count: result.issues.filter((i) => i.severity === 'error').length })}
          </div>
          {kind === 'dataset' && <DatasetCounts counts={result.counts} />}
          <IssueList issues={result.issues} truncated={result.issuesTruncated} />
          <div className="form-actions">
            {result.runId && <a className="btn import-link" href={`/api/import/runs/${result.runId}/report.csv`} download>{t('report')}</a>}
            <button type="button" className="btn btn-ghost" onClick={() => reset({ kind })}>{t('importAnother')}</button>
          </div>
        </div>
      )}
    </section>
  );
}

function DatasetCounts({ counts }: { counts: Record<string, number> }) {
  const t = useTranslations('imports');
  if (counts.deals === undefined) return null;
  const n = (key: string) => (counts[key] ?? 0).toLocaleString();
  return <p className="import-dataset-counts" data-testid="import-dataset-counts">{t('datasetCounts', { accounts: n('accounts'), products: n('products'), agents: n('agents'), deals: n('deals'), won: n('won'), lost: n('lost'), open: n('open') })}</p>;
}
