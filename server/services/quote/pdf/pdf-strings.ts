/** Printed words of a quote PDF, per document language. Spanish is the default. */
export const pdfStrings = {
  es: {
    title: 'Presupuesto',
    draft: 'BORRADOR',
    number: 'Número',
    issueDate: 'Fecha',
    validUntil: 'Válido hasta',
    customer: 'Cliente',
    taxId: 'NIF/CIF',
    description: 'Descripción',
    quantity: 'Cant.',
    unitPrice: 'Precio',
    discount: 'Dto.',
    tax: 'IVA',
    net: 'Importe',
    totalNet: 'Base imponible',
    totalTax: 'Impuestos',
    totalGross: 'Total',
    paymentTerms: 'Forma de pago: {days} días desde la factura',
    notes: 'Observaciones',
    page: 'Página {page} de {pages}',
    noLines: 'Sin líneas',
  },
  en: {
    title: 'Quote',
    draft: 'DRAFT',
    number: 'Number',
    issueDate: 'Date',
    validUntil: 'Valid until',
    customer: 'Customer',
    taxId: 'Tax ID',
    description: 'Description',
    quantity: 'Qty',
    unitPrice: 'Unit price',
    discount: 'Disc.',
    tax: 'Tax',
    net: 'Net',
    totalNet: 'Net total',
    totalTax: 'Tax',
    totalGross: 'Total',
    paymentTerms: 'Payment terms: {days} days from invoice',
    notes: 'Notes',
    page: 'Page {page} of {pages}',
    noLines: 'No lines',
  },
} as const;

export type TPdfLanguage = keyof typeof pdfStrings;
export type TPdfStrings = (typeof pdfStrings)[TPdfLanguage];

/** The document language for an organization locale ('es', 'es-ES', 'en-GB'…); Spanish unless it is English. */
export function pdfLanguage(locale: string): TPdfLanguage {
  return locale.toLowerCase().startsWith('en') ? 'en' : 'es';
}
