import http from 'node:http';
import Papa from 'papaparse';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customers, importRuns, products } from '~/db/schema';
import { createOrgFixture, FIXTURE_PASSWORD, type TOrgFixture } from '~/db/testing/fixtures';
import { createTestDb } from '~/db/testing/test-db';
import { startTestServer } from '~/server/testing/test-server';
import { MAX_UPLOAD_BYTES } from './read-upload';

/** CSV import and export over real HTTP: all-or-nothing, 413 before buffering, organization scoping. */
describe('/api/import and /api/export', () => {
  let db: Awaited<ReturnType<typeof createTestDb>>;
  let app: Awaited<ReturnType<typeof startTestServer>>;
  let a: TOrgFixture;
  let b: TOrgFixture;
  const cookie: Record<string, string> = {};
  beforeAll(async () => {
    db = await createTestDb();
    app = await startTestServer(db);
    a = await createOrgFixture(db.db, 'imp-a');
    b = await createOrgFixture(db.db, 'imp-b');
    cookie.a = await app.signIn(a.byRole.rep.email, FIXTURE_PASSWORD);
    cookie.aViewer = await app.signIn(a.byRole.viewer.email, FIXTURE_PASSWORD);
    cookie.b = await app.signIn(b.byRole.admin.email, FIXTURE_PASSWORD);
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const upload = (path: string, csv: string, who: string, fields: Record<string, string> = {}) => {
    const form = new FormData();
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'customers.csv');
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    return fetch(`${app.baseUrl}${path}`, { method: 'POST', headers: { cookie: cookie[who]!, origin: app.baseUrl }, body: form });
  };
  const customerCount = async (org: TOrgFixture) => (await db.db.select({ n: count() }).from(customers).where(eq(customers.organizationId, org.organizationId)))[0]!.n;

  const mixed = [
    'Razón social,NIF,País,Ciudad,Facturación',
    'Talleres Ebro S.L.,B12345674,España,Zaragoza,"1.250.000,50"',
    'Conservas Mar S.A.,A12345678,ES,Vigo,100',
    'Sin País,,Atlantis,Madrid,',
    'Bodegas Sur S.L.,B12345674,ES,Jerez,abc',
    'Ferretería Norte,,ES,Bilbao,2000',
  ].join('\n');

  it('previews with suggested Spanish mapping and per-row errors', async () => {
    const res = await upload('/api/import/customers/preview', mixed, 'a', { locale: 'es' });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.mapping).toEqual({ 'Razón social': 'legal_name', NIF: 'tax_id', País: 'country', Ciudad: 'city', Facturación: 'annual_revenue' });
    expect(body.counts).toMatchObject({ rows: 5, imported: 0, badRows: 3 });
    expect(body.issues.filter((i: any) => i.severity === 'error').map((i: any) => `row ${i.row}, ${i.column}: ${i.message}`)).toEqual([
      'row 3, NIF: Wrong check digit for a Spanish CIF: expected 4',
      'row 4, País: "Atlantis" is not a country (write a code such as ES or a name such as Spain)',
      'row 5, Facturación: "abc" is not an amount in EUR (write 1234.56 or 1.234,56, at most 2 decimals)',
    ]);
    expect(await customerCount(a)).toBe(1);
  });

  it('imports nothing when any row is bad, records the rejected run and serves its report', async () => {
    const res = await upload('/api/import/customers/commit', mixed, 'a', { locale: 'es' });
    const body = await res.json();
    expect(body.status).toBe('rejected');
    expect(body.counts).toMatchObject({ errors: 3, badRows: 3 });
    expect(await customerCount(a)).toBe(1);
    const report = await fetch(`${app.baseUrl}/api/import/runs/${body.runId}/report.csv`, { headers: { cookie: cookie.a! } });
    expect(report.headers.get('content-type')).toContain('text/csv');
    const text = await csvText(report);
    const lines = Papa.parse<string[]>(text.trim()).data;
    expect(lines[0]).toEqual(['severity', 'file', 'row', 'column', 'message']);
    expect(lines.slice(1).filter((l) => l[0] === 'error').map((l) => l[2])).toEqual(['3', '4', '5']);
    // Another organization cannot read the report.
    const foreign = await fetch(`${app.baseUrl}/api/import/runs/${body.runId}/report.csv`, { headers: { cookie: cookie.b! } });
    expect(foreign.status).toBe(404);
  });

  it('imports every row of a clean file in one go, with the user-chosen mapping', async () => {
    const csv = 'Name,Tax,Where,Revenue\nTalleres Ebro S.L.,B12345674,ES,"1.250.000,50"\nFerretería Norte,,Spain,2000';
    const mapping = JSON.stringify({ Name: 'legal_name', Tax: 'tax_id', Where: 'country', Revenue: 'annual_revenue' });
    const body = await (await upload('/api/import/customers/commit', csv, 'a', { mapping, locale: 'es' })).json();
    expect(body).toMatchObject({ status: 'imported', counts: { rows: 2, imported: 2, errors: 0 } });
    const [ebro] = await db.db.select().from(customers).where(and(eq(customers.organizationId, a.organizationId), eq(customers.taxId, 'B12345674')));
    expect(ebro).toMatchObject({ legalName: 'Talleres Ebro S.L.', country: 'ES', annualRevenueMinor: 125_000_050 });
    const runs = await db.db.select({ status: importRuns.status }).from(importRuns).where(eq(importRuns.organizationId, a.organizationId));
    expect(runs.map((r) => r.status).sort()).toEqual(['imported', 'rejected']);
  });

  it('accepts a raw text/csv body and refuses viewers', async () => {
    const csv = 'sku,name,price,iva\nSRV-1,Instalación,"1.200,00",21';
    const url = `${app.baseUrl}/api/import/products/commit?locale=es&file=products.csv`;
    const res = await fetch(url, { method: 'POST', headers: { cookie: cookie.a!, origin: app.baseUrl, 'content-type': 'text/csv' }, body: csv });
    expect(await res.json()).toMatchObject({ status: 'imported', counts: { imported: 1 } });
    const [product] = await db.db.select().from(products).where(eq(products.organizationId, a.organizationId));
    expect(product).toMatchObject({ sku: 'SRV-1', unitPriceMinor: 120_000, taxRateBps: 2100, currency: 'EUR' });
    const viewer = await fetch(url, { method: 'POST', headers: { cookie: cookie.aViewer!, origin: app.baseUrl, 'content-type': 'text/csv' }, body: csv });
    expect(viewer.status).toBe(403);
  });

  it('answers 413 to an oversized upload before the body is sent, and while a chunked body streams', async () => {
    // Declares 50 MB but sends only 1 KB: the answer must come without the rest.
    const declared = await rawPost({ 'content-length': String(50 * 1024 * 1024), 'content-type': 'text/csv' }, (req) => req.write('x'.repeat(1024)));
    expect(declared.status).toBe(413);
    expect(declared.body).toMatch(/larger than 10 MB/);
    // Chunked, no length: the answer comes once the limit is passed, while the client is still sending.
    const chunked = await rawPost({ 'content-type': 'text/csv', 'transfer-encoding': 'chunked' }, (req) => {
      const chunk = 'a,b\n'.repeat(16 * 1024);
      for (let sent = 0; sent <= MAX_UPLOAD_BYTES + chunk.length; sent += chunk.length) req.write(chunk);
    });
    expect(chunked.status).toBe(413);
  });

  /** The body of a CSV download, which must start with a UTF-8 BOM (so Excel reads accents); without it. */
  async function csvText(res: Response): Promise<string> {
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    return new TextDecoder().decode(bytes.slice(3));
  }

  /** Sends headers and part of a body, never ends the request, and resolves with the response. */
  function rawPost(headers: Record<string, string>, send: (req: http.ClientRequest) => void) {
    return new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(`${app.baseUrl}/api/import/customers/preview`, { method: 'POST', headers: { ...headers, cookie: cookie.a!, origin: app.baseUrl } }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => {
          resolve({ status: res.statusCode!, body });
          req.destroy();
        });
      });
      req.on('error', (error) => (String(error).includes('EPIPE') || String(error).includes('ECONNRESET') ? undefined : reject(error)));
      send(req);
      setTimeout(() => reject(new Error('no answer within 5 s: the server waited for the whole body')), 5000);
    });
  }

  it('exports the organization’s rows as CSV with a BOM and decimal amounts, and nothing of another organization', async () => {
    const res = await fetch(`${app.baseUrl}/api/export/customers.csv`, { headers: { cookie: cookie.a! } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="customers-\d{4}-\d{2}-\d{2}\.csv"/);
    const rows = Papa.parse<Record<string, string>>(await csvText(res), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.legal_name).sort()).toEqual(['Cliente imp-a S.L.', 'Ferretería Norte', 'Talleres Ebro S.L.']);
    expect(rows.find((r) => r.legal_name === 'Talleres Ebro S.L.')).toMatchObject({ annual_revenue: '1250000.50', currency: 'EUR', tax_id: 'B12345674' });
    const other = await csvText(await fetch(`${app.baseUrl}/api/export/customers.csv`, { headers: { cookie: cookie.b! } }));
    expect(other).not.toContain('Talleres Ebro');
    expect(other).toContain('Cliente imp-b S.L.');
    for (const entity of ['products', 'opportunities', 'quotes', 'orders', 'invoices', 'leads']) {
      const r = await fetch(`${app.baseUrl}/api/export/${entity}.csv`, { headers: { cookie: cookie.a! } });
      expect(r.status, entity).toBe(200);
    }
    const opportunities = Papa.parse<Record<string, string>>(await csvText(await fetch(`${app.baseUrl}/api/export/opportunities.csv`, { headers: { cookie: cookie.a! } })), { header: true, skipEmptyLines: true }).data;
    expect(opportunities).toEqual([expect.objectContaining({ title: 'Deal imp-a', amount: '10000.00', currency: 'EUR', owner: a.byRole.rep.email })]);
    expect((await fetch(`${app.baseUrl}/api/export/customers.csv`, { headers: { cookie: cookie.aViewer! } })).status).toBe(403);
    expect((await fetch(`${app.baseUrl}/api/export/customers.csv`)).status).toBe(401);
  });
});
