import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customers } from '~/db/schema';
import { createOrgFixture, FIXTURE_PASSWORD, type TOrgFixture } from '~/db/testing/fixtures';
import { createTestDb } from '~/db/testing/test-db';
import { startTestServer } from '~/server/testing/test-server';
import type { TViewer } from '../viewer';
import { addQuoteLine } from './add-quote-line';
import { createQuote } from './create-quote';
import { getQuote } from './get-quote';
import { renderQuotePdf } from './render-quote-pdf';

/** The text a viewer would see: every TJ operator's hex strings decoded (WinAnsi ≈ Latin-1 for these characters). */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  return [...raw.matchAll(/\[([^\]]*)\] TJ/g)]
    .map((m) => [...m[1]!.matchAll(/<([0-9a-f]*)>/g)].map((h) => Buffer.from(h[1]!, 'hex').toString('latin1').replace(/\x80/g, '€')).join(''))
    .join('\n');
}

const mediaBoxes = (pdf: Buffer) => [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Number(m[1]), Number(m[2])]);

/** Printing a quote: A4, A5 and the 80 mm ticket, over HTTP and straight from the renderer. */
describe('quote PDF', () => {
  let db: Awaited<ReturnType<typeof createTestDb>>;
  let app: Awaited<ReturnType<typeof startTestServer>>;
  let a: TOrgFixture;
  let b: TOrgFixture;
  let quoteId: string;
  let number: string;
  let cookie: { viewer: string; other: string };
  const noPublish = () => {};

  beforeAll(async () => {
    db = await createTestDb();
    app = await startTestServer(db);
    a = await createOrgFixture(db.db, 'alpha', ['rep', 'viewer']);
    b = await createOrgFixture(db.db, 'beta', ['rep']);
    await db.db.update(customers).set({ addressLine: 'Calle de Alcalá 42', postalCode: '28014', city: 'Madrid', country: 'ES', paymentTermsDays: 60 }).where(eq(customers.id, a.customer.id));
    const p = a.byRole.rep;
    const rep: TViewer = { userId: p.userId, memberId: p.memberId, organizationId: a.organizationId, role: 'rep' };
    const quote = await createQuote(db.db, rep, { opportunityId: a.opportunity.id, notes: 'Entrega en 3 semanas.' }, noPublish);
    await addQuoteLine(db.db, rep, { quoteId: quote.id, version: 1, line: { productId: null, description: 'Variador de frecuencia 7,5 kW', quantity: '2', unitPriceMinor: 123_456, discountBps: 1000, taxRateBps: 2100 } }, noPublish);
    ({ id: quoteId, number } = quote);
    cookie = { viewer: await app.signIn(a.byRole.viewer.email, FIXTURE_PASSWORD), other: await app.signIn(b.byRole.rep.email, FIXTURE_PASSWORD) };
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const fetchPdf = (format: string, who: keyof typeof cookie | null = 'viewer', id = quoteId) =>
    fetch(`${app.baseUrl}/api/quotes/${id}/pdf?format=${format}`, { headers: who ? { cookie: cookie[who] } : {} });

  it.each([
    ['a4', 595.28, 841.89],
    ['a5', 419.53, 595.28],
  ])('%s: page size, Spanish content and amounts formatted for Spain', async (format, width, height) => {
    const res = await fetchPdf(format);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(`inline; filename="${number}-${format}.pdf"`);
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(mediaBoxes(pdf)[0]).toEqual([width, height]);
  });

  it('ticket: 80 mm wide, as tall as its content', async () => {
    const pdf = Buffer.from(await (await fetchPdf('ticket')).arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const boxes = mediaBoxes(pdf);
    expect(boxes).toHaveLength(1);
    expect(boxes[0]![0]).toBe(226.77);
    expect(boxes[0]![1]).toBeGreaterThan(200);
    expect(boxes[0]![1]).toBeLessThan(600);
  });

  it.each(['a4', 'a5', 'ticket'] as const)('%s prints the number, customer, lines and totals (uncompressed)', async (format) => {
    const detail = await getQuote(db.db, a.organizationId, quoteId);
    const text = pdfText(await renderQuotePdf(detail, { format, compress: false }));
    for (const expected of [number, a.customer.legalName, 'B00000000', 'Calle de Alcalá 42', '28014 Madrid', 'España', 'Variador de frecuencia 7,5 kW', '1234,56\u00a0€', '10\u00a0%', '2222,21\u00a0€', '466,66\u00a0€', '2688,87\u00a0€', '60 días', 'Entrega en 3 semanas.', 'BORRADOR']) {
      expect(text).toContain(expected);
    }
  });

  it('prints in English on request, and breaks long quotes over pages (A5) or a longer ticket', async () => {
    const detail = await getQuote(db.db, a.organizationId, quoteId);
    const english = pdfText(await renderQuotePdf(detail, { format: 'a4', language: 'en', compress: false }));
    expect(english).toContain('QUOTE');
    expect(english).toContain('€2,222.21');
    const long = { ...detail, lines: Array.from({ length: 60 }, (_, i) => ({ ...detail.lines[0]!, id: `l${i}`, position: i + 1 })) };
    const a5 = await renderQuotePdf(long, { format: 'a5', compress: false });
    expect(mediaBoxes(a5).length).toBeGreaterThan(2);
    expect(pdfText(a5)).toContain(`Página ${mediaBoxes(a5).length} de ${mediaBoxes(a5).length}`);
    const short = mediaBoxes(await renderQuotePdf(detail, { format: 'ticket' }))[0]!;
    const ticket = mediaBoxes(await renderQuotePdf(long, { format: 'ticket' }));
    expect(ticket).toHaveLength(1);
    expect(ticket[0]![1]).toBeGreaterThan(short[1]! + 59 * 20); // every extra line takes two text rows
  });

  it('answers 401 without a session, 404 to another organization, 400 to an unknown format', async () => {
    expect((await fetchPdf('a4', null)).status).toBe(401);
    const foreign = await fetchPdf('a4', 'other');
    expect(foreign.status).toBe(404);
    expect(await foreign.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Quote not found.' } });
    const bad = await fetchPdf('letter');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toBe('format must be a4, a5 or ticket');
  });
});
