import { z } from 'zod';
import { AppError } from '~/domain/app-error';
import { quotePdfFormats } from '~/domain/schemas/quote';
import { getQuote } from '~/server/services/quote/get-quote';
import { renderQuotePdf } from '~/server/services/quote/render-quote-pdf';
import type { TApiRoute } from './api-routes';

const ZQuery = z.object({
  format: z.enum(quotePdfFormats, { error: 'format must be a4, a5 or ticket' }).default('a4'),
  lang: z.enum(['es', 'en'], { error: 'lang must be es or en' }).optional(),
});

/**
 * GET /api/quotes/:id/pdf?format=a4|a5|ticket[&lang=es|en]: the quote as a
 * PDF, shown inline (the browser's viewer prints it). Any member may print a
 * quote of their organization; other organizations' ids answer 404.
 */
export const quotePdfRoute: TApiRoute = {
  method: 'GET',
  pattern: /^\/api\/quotes\/(?<id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/pdf$/i,
  async handle({ res, params, url, viewer, deps }) {
    const query = ZQuery.safeParse(Object.fromEntries(url.searchParams));
    if (!query.success) throw new AppError('INVALID_INPUT', { message: query.error.issues.map((i) => i.message).join('; ') });
    const detail = await getQuote(deps.db, viewer.organizationId, params.id!);
    const pdf = await renderQuotePdf(detail, { format: query.data.format, language: query.data.lang });
    res.writeHead(200, {
      'content-type': 'application/pdf',
      'content-length': pdf.length,
      'content-disposition': `inline; filename="${detail.quote.number}-${query.data.format}.pdf"`,
      'cache-control': 'private, no-store',
    });
    res.end(pdf);
  },
};
