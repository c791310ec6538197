import type http from 'node:http';

/** Starts a CSV download (UTF-8, attachment with an ASCII-safe file name). */
export function startCsvDownload(res: http.ServerResponse, fileName: string): void {
  res.writeHead(200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"`,
    'cache-control': 'no-store',
  });
}
