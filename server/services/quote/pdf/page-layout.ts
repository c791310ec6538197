import type PDFDocument from 'pdfkit';
import type { TPdfContent } from './pdf-data';

type TDoc = InstanceType<typeof PDFDocument>;
/** Font size of body text per page format; everything else scales from it. */
export type TPageScale = { body: number };

const BOLD = 'Helvetica-Bold';
const REGULAR = 'Helvetica';
/** Table columns as fractions of the content width: description, qty, unit price, discount, tax, net. */
const COLUMNS = [0.37, 0.09, 0.16, 0.09, 0.09, 0.2] as const;

/**
 * A4 / A5 layout: header (organization, title, number, dates), customer
 * block, the line table (repeating its header on each new page), totals,
 * payment terms and notes, and "page n of m" footers.
 */
export function drawPageLayout(doc: TDoc, content: TPdfContent, scale: TPageScale) {
  const { t, f, detail } = content;
  const { quote } = detail;
  const s = scale.body;
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const bottom = () => doc.page.height - doc.page.margins.bottom - s * 2;

  doc.font(BOLD).fontSize(s * 1.5).fillColor('#111').text(detail.organization.name, left, doc.page.margins.top, { width: width * 0.55 });
  const headY = doc.page.margins.top;
  doc.font(BOLD).fontSize(s * 2).text(t.title.toUpperCase(), left + width * 0.55, headY, { width: width * 0.45, align: 'right' });
  if (quote.status === 'draft') doc.font(BOLD).fontSize(s).fillColor('#b45309').text(t.draft, { width: width * 0.45, align: 'right' });
  doc.fillColor('#111').font(REGULAR).fontSize(s);
  const meta: [string, string][] = [
    [t.number, quote.number],
    [t.issueDate, f.date(quote.issueDate)],
    [t.validUntil, f.date(quote.validUntil)],
  ];
  let y = doc.y + s * 0.6;
  for (const [label, value] of meta) {
    doc.font(REGULAR).fillColor('#555').text(`${label}:`, left + width * 0.55, y, { width: width * 0.22, align: 'right' });
    doc.font(BOLD).fillColor('#111').text(value, left + width * 0.78, y, { width: width * 0.22, align: 'right' });
    y += s * 1.4;
  }

  y = Math.max(y, doc.y) + s;
  doc.font(BOLD).fontSize(s * 0.85).fillColor('#555').text(t.customer.toUpperCase(), left, y);
  doc.font(BOLD).fontSize(s * 1.1).fillColor('#111').text(detail.customer?.legalName ?? '', left, doc.y + s * 0.2, { width: width * 0.6 });
  doc.font(REGULAR).fontSize(s);
  if (detail.customer?.taxId) doc.text(`${t.taxId}: ${detail.customer.taxId}`, { width: width * 0.6 });
  for (const line of content.address) doc.text(line, { width: width * 0.6 });

  y = doc.y + s * 1.5;
  const xs = COLUMNS.reduce<number[]>((acc, _, i) => [...acc, i === 0 ? left : acc[i - 1]! + COLUMNS[i - 1]! * width], []);
  const cell = (text: string, col: number, rowY: number, font = REGULAR) => {
    doc.font(font).text(text, xs[col]! + (col === 0 ? 0 : 2), rowY, { width: COLUMNS[col]! * width - (col === 0 ? 4 : 2), align: col === 0 ? 'left' : 'right' });
  };
  const tableHeader = (rowY: number) => {
    doc.rect(left, rowY - s * 0.35, width, s * 1.7).fill('#eef2f7').fillColor('#111').fontSize(s * 0.9);
    [t.description, t.quantity, t.unitPrice, t.discount, t.tax, t.net].forEach((label, col) => cell(label, col, rowY, BOLD));
    doc.fontSize(s);
    return rowY + s * 1.8;
  };
  y = tableHeader(y);
  if (!detail.lines.length) {
    doc.fillColor('#555').text(t.noLines, left, y);
    y = doc.y + s;
  }
  for (const line of detail.lines) {
    const height = doc.font(REGULAR).fontSize(s).heightOfString(line.description, { width: COLUMNS[0] * width - 4 });
    if (y + height > bottom()) {
      doc.addPage();
      y = tableHeader(doc.page.margins.top);
    }
    doc.fillColor('#111');
    cell(line.description, 0, y);
    cell(f.quantity(line.quantity), 1, y);
    cell(f.money(line.unitPriceMinor), 2, y);
    cell(line.discountBps ? f.bps(line.discountBps) : '', 3, y);
    cell(f.bps(line.taxRateBps), 4, y);
    cell(f.money(line.netMinor), 5, y);
    y += Math.max(height, s * 1.2) + s * 0.5;
    doc.moveTo(left, y - s * 0.3).lineTo(left + width, y - s * 0.3).lineWidth(0.4).strokeColor('#d5dbe3').stroke();
  }

  if (y + s * 6 > bottom()) {
    doc.addPage();
    y = doc.page.margins.top;
  }
  y += s * 0.5;
  const totals: [string, string, boolean][] = [
    [t.totalNet, f.money(quote.netMinor), false],
    [t.totalTax, f.money(quote.taxMinor), false],
    [t.totalGross, f.money(quote.grossMinor), true],
  ];
  for (const [label, value, strong] of totals) {
    doc.fontSize(strong ? s * 1.25 : s).fillColor('#111');
    doc.font(strong ? BOLD : REGULAR).text(label, left + width * 0.5, y, { width: width * 0.25, align: 'right' });
    doc.font(strong ? BOLD : REGULAR).text(value, left + width * 0.75, y, { width: width * 0.25, align: 'right' });
    y += strong ? s * 1.8 : s * 1.4;
  }

  doc.font(REGULAR).fontSize(s).fillColor('#333');
  y += s;
  if (content.paymentTerms) {
    doc.text(content.paymentTerms, left, y, { width });
    y = doc.y + s * 0.5;
  }
  if (quote.notes) {
    if (y + s * 3 > bottom()) {
      doc.addPage();
      y = doc.page.margins.top;
    }
    doc.font(BOLD).text(t.notes, left, y, { width });
    doc.font(REGULAR).text(quote.notes, { width });
  }
  drawFooters(doc, content, s);
}

/** "Page n of m" and the quote number at the bottom of every page (needs bufferPages). */
function drawFooters(doc: TDoc, content: TPdfContent, s: number) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const left = doc.page.margins.left;
    const width = doc.page.width - left - doc.page.margins.right;
    const y = doc.page.height - doc.page.margins.bottom - s;
    const label = content.t.page.replace('{page}', String(i + 1)).replace('{pages}', String(range.count));
    doc.font(REGULAR).fontSize(s * 0.8).fillColor('#777');
    doc.text(content.detail.quote.number, left, y, { width: width / 2, lineBreak: false });
    doc.text(label, left + width / 2, y, { width: width / 2, align: 'right', lineBreak: false });
  }
}
