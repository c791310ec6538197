import type { TRPCRouterRecord } from '@trpc/server';
import { getDocumentChain } from './get-document-chain';

export const documentChainRouter = {
  get: getDocumentChain,
} satisfies TRPCRouterRecord;
