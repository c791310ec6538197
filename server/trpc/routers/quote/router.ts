import type { TRPCRouterRecord } from '@trpc/server';
import { acceptAndWin } from './accept-and-win';
import { acceptQuote } from './accept-quote';
import { addLine } from './add-line';
import { convertToOrder } from './convert-to-order';
import { createQuote } from './create-quote';
import { decideApproval } from './decide-approval';
import { expireQuote } from './expire-quote';
import { getQuote } from './get-quote';
import { listQuotes } from './list-quotes';
import { productOptions } from './product-options';
import { rejectQuote } from './reject-quote';
import { removeLine } from './remove-line';
import { requestApproval } from './request-approval';
import { sendQuote } from './send-quote';
import { updateLine } from './update-line';
import { updateQuote } from './update-quote';

/** Quotes: from an opportunity to an accepted quote and its order. Reads for every member, edits for reps+, approval decisions for managers+. */
export const quoteRouter = {
  list: listQuotes,
  get: getQuote,
  productOptions,
  create: createQuote,
  update: updateQuote,
  addLine,
  updateLine,
  removeLine,
  send: sendQuote,
  requestApproval,
  decideApproval,
  accept: acceptQuote,
  reject: rejectQuote,
  expire: expireQuote,
  acceptAndWin,
  convertToOrder,
} satisfies TRPCRouterRecord;
