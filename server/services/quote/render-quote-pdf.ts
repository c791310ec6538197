import PDFDocument from 'pdfkit';
import type { TQuotePdfFormat } from '~/domain/schemas/quote';
import type { TQuoteDetail } from './get-quote';
import { drawPageLayout } from './pdf/page-layout';
import { pdfContent, type TPdfContent } from './pdf/pdf-data';
import type { TPdfLanguage } from './pdf/pdf-strings';
import { drawTicketLayout, TICKET_MARGIN, TICKET_WIDTH } from './pdf/ticket-layout';

type TDoc = InstanceType<typeof PDFDocument>;
export type TRenderOptions = { format: TQuotePdfFormat; language?: TPdfLanguage; /** Tests read the content streams uncompressed. */ compress?: boolean };

/**
 * Prints a quote as a PDF (pdfkit, standard Helvetica): A4 and A5 pages, or
 * an 80 mm ticket (226.77 pt wide) whose height fits its content (measured
 * in a first, discarded pass). Amounts and dates use Intl in the document
 * language, which defaults to the organization's locale (Spanish).
 */
export async function renderQuotePdf(detail: TQuoteDetail, options: TRenderOptions): Promise<Buffer> {
  const content = pdfContent(detail, options.language);
  const compress = options.compress ?? true;
  const info = { Title: `${content.t.title} ${detail.quote.number}`, Author: detail.organization.name };
  if (options.format === 'ticket') {
    const height = measureTicket(content);
    return toBuffer(new PDFDocument({ size: [TICKET_WIDTH, height], margins: { top: TICKET_MARGIN, bottom: 0, left: TICKET_MARGIN, right: TICKET_MARGIN }, compress, info }), (doc) => {
      drawTicketLayout(doc, content);
    });
  }
  const a4 = options.format === 'a4';
  const margin = a4 ? 50 : 32;
  return toBuffer(new PDFDocument({ size: a4 ? 'A4' : 'A5', margin, bufferPages: true, compress, info }), (doc) => {
    drawPageLayout(doc, content, { body: a4 ? 10 : 8 });
  });
}

/** Height of the ticket: its content laid out once on a very tall page, plus the bottom margin. */
function measureTicket(content: TPdfContent): number {
  const scratch = new PDFDocument({ size: [TICKET_WIDTH, 100_000], margins: { top: TICKET_MARGIN, bottom: 0, left: TICKET_MARGIN, right: TICKET_MARGIN } });
  const end = drawTicketLayout(scratch, content);
  scratch.end();
  return Math.ceil(end + TICKET_MARGIN * 2);
}

function toBuffer(doc: TDoc, draw: (doc: TDoc) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });
}
