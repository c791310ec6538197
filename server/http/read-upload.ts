import type http from 'node:http';
import { AppError } from '~/domain/app-error';
import { readLimitedBody } from '~/server/security/read-limited-body';

/** Largest accepted upload body (bytes), all files together. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export type TUploadedFile = { name: string; text: string };
export type TUpload = { files: TUploadedFile[]; fields: Record<string, string> };

/**
 * Reads a CSV upload: `multipart/form-data` (files + text fields) or a raw
 * `text/csv` body (one file named by `?file=`). The size limit is enforced
 * before and while streaming: a Content-Length over the limit is refused
 * without reading a byte, and a chunked body is refused as soon as it passes
 * the limit. Either way the answer is 413 and the connection is closed, so at
 * most `maxBytes` are ever held in memory.
 */
export async function readUpload(req: http.IncomingMessage, res: http.ServerResponse, url: URL, maxBytes = MAX_UPLOAD_BYTES): Promise<TUpload> {
  const tooLarge = () => {
    res.setHeader('connection', 'close');
    return new AppError('PAYLOAD_TOO_LARGE', { message: `The upload is larger than ${maxBytes / 1024 / 1024} MB. Split the file, or remove columns you do not import.` });
  };
  const body = await readLimitedBody(req, maxBytes);
  if (!body) throw tooLarge();
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) return readMultipart(body, type);
  if (/^(text\/(csv|plain)|application\/(csv|octet-stream))/.test(type)) {
    const name = url.searchParams.get('file') ?? 'upload.csv';
    return { files: [{ name, text: decodeText(body) }], fields: Object.fromEntries(url.searchParams) };
  }
  throw new AppError('INVALID_INPUT', { message: 'Send the file as multipart/form-data or as a text/csv body.' });
}

async function readMultipart(body: Buffer, type: string): Promise<TUpload> {
  let form: FormData;
  try {
    form = await new Request('http://upload.invalid/', { method: 'POST', headers: { 'content-type': type }, body: new Uint8Array(body) }).formData();
  } catch (cause) {
    throw new AppError('INVALID_INPUT', { message: 'The upload is not valid multipart/form-data.', cause });
  }
  const files: TUploadedFile[] = [];
  const fields: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === 'string') fields[key] = value;
    else files.push({ name: value.name || `${key}.csv`, text: decodeText(Buffer.from(await value.arrayBuffer())) });
  }
  return { files, fields };
}

/** UTF-8 (with or without BOM); files that are not valid UTF-8 are read as Windows-1252, as older Excel saves them. */
export function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
