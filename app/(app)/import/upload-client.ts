import type { commitEntityUpload, datasetUploadImport, previewEntityUpload } from '~/server/services/import/import-upload';
import { errorReportCsv } from '~/domain/import/error-report';
import type { TImportIssue } from '~/domain/import/issue';

export type TEntityPreview = Awaited<ReturnType<typeof previewEntityUpload>>;
export type TEntityCommit = Awaited<ReturnType<typeof commitEntityUpload>>;
export type TDatasetResult = Awaited<ReturnType<typeof datasetUploadImport>>;

/** POSTs a multipart upload to an /api/import endpoint; throws the server's message on failure. */
export async function postUpload<T>(path: string, form: FormData): Promise<T> {
  const res = await fetch(path, { method: 'POST', body: form, credentials: 'same-origin' });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error(body?.error?.message ?? `HTTP ${res.status}`);
  return body as T;
}

/** Saves the preview's issues as the same CSV report the server keeps for a run. */
export function downloadIssues(issues: TImportIssue[], fileName: string): void {
  const url = URL.createObjectURL(new Blob([errorReportCsv(issues)], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  URL.revokeObjectURL(url);
}
