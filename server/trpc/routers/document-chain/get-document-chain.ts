import { ZDocumentChainInputSchema } from '~/domain/schemas/invoice';
import { getDocumentChain as getDocumentChainService } from '~/server/services/document-chain/get-document-chain';
import { orgProcedure } from '../../init';

/** The opportunity → quotes → orders → invoices chain around any one of them. */
export const getDocumentChain = orgProcedure
  .input(ZDocumentChainInputSchema)
  .query(({ ctx, input }) => getDocumentChainService(ctx.db, ctx.viewer.organizationId, input));
