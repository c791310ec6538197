import type PDFDocument from 'pdfkit';
import type { TPdfContent } from './pdf-data';

type TDoc = InstanceType<typeof PDFDocument>;

/** 80 mm receipt paper: 80 / 25.4 × 72 points. */
export const TICKET_WIDTH = 226.77;
export const TICKET_MARGIN = 10;
const S = 8;
const BOLD = 'Helvetica-Bold';
const REGULAR = 'Helvetica';

/**
 * The 80 mm ticket: one narrow column (organization, number, dates,
 * customer; each line as its description and "qty × price, discount, tax …
 * net"; totals). Returns the y where the content ends, so the page height
 * can be fitted to it.
 */
export function drawTicketLayout(doc: TDoc, content: TPdfContent): number {
  const { t, f, detail } = content;
  const { quote } = detail;
  const x = TICKET_MARGIN;
  const width = TICKET_WIDTH - TICKET_MARGIN * 2;
  const center = { width, align: 'center' as const };
  const rule = () => {
    const y = doc.y + 3;
    doc.moveTo(x, y).lineTo(x + width, y).dash(1.5, { space: 1.5 }).lineWidth(0.5).strokeColor('#444').stroke().undash();
    doc.y = y + 4;
  };
  const pair = (label: string, value: string, font = REGULAR, size = S, labelShare = 0.55) => {
    const y = doc.y;
    doc.font(font).fontSize(size).text(label, x, y, { width: width * labelShare });
    const end = doc.y;
    doc.font(font).fontSize(size).text(value, x + width * labelShare, y, { width: width * (1 - labelShare), align: 'right' });
    doc.y = Math.max(end, doc.y);
  };

  doc.fillColor('#000').font(BOLD).fontSize(S * 1.4).text(detail.organization.name, x, TICKET_MARGIN, center);
  doc.font(BOLD).fontSize(S * 1.2).text(`${t.title.toUpperCase()} ${quote.number}`, center);
  if (quote.status === 'draft') doc.font(BOLD).fontSize(S).text(t.draft, center);
  doc.font(REGULAR).fontSize(S);
  pair(`${t.issueDate}:`, f.date(quote.issueDate));
  if (quote.validUntil) pair(`${t.validUntil}:`, f.date(quote.validUntil));
  rule();
  doc.font(BOLD).text(detail.customer?.legalName ?? '', x, doc.y, { width });
  doc.font(REGULAR);
  if (detail.customer?.taxId) doc.text(`${t.taxId}: ${detail.customer.taxId}`, { width });
  for (const line of content.address) doc.text(line, { width });
  rule();
  if (!detail.lines.length) doc.text(t.noLines, x, doc.y, { width });
  for (const line of detail.lines) {
    doc.font(BOLD).fontSize(S).text(line.description, x, doc.y, { width });
    const parts = [`${f.quantity(line.quantity)} × ${f.money(line.unitPriceMinor)}`];
    if (line.discountBps) parts.push(`${t.discount} ${f.bps(line.discountBps)}`);
    parts.push(`${t.tax} ${f.bps(line.taxRateBps)}`);
    // Non-breaking spaces keep "IVA 21 %" together when the line wraps.
    pair(parts.map((part) => part.replace(/ /g, '\u00a0')).join('  '), f.money(line.netMinor), REGULAR, S, 0.68);
    doc.y += 2;
  }
  rule();
  pair(t.totalNet, f.money(quote.netMinor));
  pair(t.totalTax, f.money(quote.taxMinor));
  pair(t.totalGross, f.money(quote.grossMinor), BOLD, S * 1.3);
  doc.font(REGULAR).fontSize(S * 0.9);
  if (content.paymentTerms) doc.text(content.paymentTerms, x, doc.y + 6, { width });
  if (quote.notes) doc.text(quote.notes, x, doc.y + 4, { width });
  return doc.y;
}
