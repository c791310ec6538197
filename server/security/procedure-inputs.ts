import type { TRole } from '~/domain/roles';
import type { TAccessWorld } from './access-world';

/**
 * For every tRPC procedure: the weakest role its middleware admits and a
 * valid-looking input addressing real rows of organization `w`. The access
 * walk (access-walk.integration.test.ts) fails for a procedure missing here,
 * so a new procedure must be added with its intended role.
 */
export type TProcedureCase = { role: TRole; input: (w: TAccessWorld) => unknown };

const cmid = () => `walk-${Math.random().toString(36).slice(2, 12)}`;
const viewer = (input: TProcedureCase['input'] = () => undefined): TProcedureCase => ({ role: 'viewer', input });
const rep = (input: TProcedureCase['input']): TProcedureCase => ({ role: 'rep', input });
const manager = (input: TProcedureCase['input']): TProcedureCase => ({ role: 'manager', input });
const admin = (input: TProcedureCase['input']): TProcedureCase => ({ role: 'admin', input });

/**
 * Procedures that answer without a session, each with the reason. There are
 * none: every procedure needs a member of the active organization.
 */
export const PUBLIC_PROCEDURES: Record<string, string> = {};

export const procedureCases: Record<string, TProcedureCase> = {
  'me.get': viewer(),
  'organization.get': viewer(),
  'organization.update': admin(() => ({ name: 'Renamed by walk' })),
  'organization.members': viewer(),
  'organization.teams': viewer(),
  'organization.changeRole': admin((w) => ({ memberId: w.byRole.viewer.memberId, role: 'viewer' })),
  'organization.removeMember': admin((w) => ({ memberId: w.byRole.viewer.memberId })),
  'customer.list': viewer(() => ({})),
  'customer.get': viewer((w) => ({ id: w.customer.id })),
  'customer.get360': viewer((w) => ({ id: w.customer.id })),
  'customer.create': rep((w) => ({ legalName: 'Walk customer', country: 'ES', priceListId: w.priceList.id })),
  'customer.update': rep((w) => ({ id: w.customer.id, patch: { legalName: 'Walked' } })),
  'customer.delete': rep((w) => ({ id: w.customer.id })),
  'customer.contact.add': rep((w) => ({ customerId: w.customer.id, contact: { fullName: 'Walk contact' } })),
  'customer.contact.update': rep((w) => ({ id: w.contact.id, patch: { fullName: 'Walked contact' } })),
  'customer.contact.remove': rep((w) => ({ id: w.contact.id })),
  'pipeline.list': viewer(),
  'dashboard.summary': viewer(),
  'board.get': viewer((w) => ({ board: `stage:${w.pipeline.id}` })),
  'board.catchUp': viewer(() => ({ sinceSeq: 0 })),
  'opportunity.get': viewer((w) => ({ id: w.opportunity.id })),
  'opportunity.update': rep((w) => ({ id: w.opportunity.id, version: w.opportunity.version, patch: { title: 'Walked deal' }, clientMutationId: cmid() })),
  'opportunity.move': rep((w) => ({ id: w.opportunity.id, version: w.opportunity.version, target: { kind: 'stage', stageId: w.stage.id }, rank: 'a1', clientMutationId: cmid() })),
  'imports.listRuns': viewer(),
  'order.list': viewer(() => ({})),
  'order.get': viewer((w) => ({ id: w.order.id })),
  'order.changeStatus': rep((w) => ({ id: w.order.id, version: w.order.version, status: 'confirmed' })),
  'order.deliver': rep((w) => ({ id: w.order.id, version: w.order.version, lines: [{ orderLineId: w.orderLine.id, quantity: '1' }] })),
  'order.cancel': rep((w) => ({ id: w.order.id, version: w.order.version })),
  'invoice.list': viewer(() => ({})),
  'invoice.get': viewer((w) => ({ id: w.invoice.id })),
  'invoice.createFromOrder': rep((w) => ({ orderId: w.order.id })),
  'invoice.authorize': rep((w) => ({ id: w.invoice.id, version: w.invoice.version })),
  'invoice.markPaid': rep((w) => ({ id: w.invoice.id, version: w.invoice.version })),
  'invoice.cancel': rep((w) => ({ id: w.invoice.id, version: w.invoice.version })),
  'documentChain.get': viewer((w) => ({ type: 'quote', id: w.quote.id })),
  'quote.list': viewer(() => ({})),
  'quote.get': viewer((w) => ({ id: w.quote.id })),
  'quote.productOptions': viewer((w) => ({ quoteId: w.quote.id })),
  'quote.create': rep((w) => ({ opportunityId: w.opportunity.id })),
  'quote.update': rep((w) => ({ id: w.quote.id, version: w.quote.version, patch: { notes: 'walked' } })),
  'quote.addLine': rep((w) => ({ quoteId: w.quote.id, version: w.quote.version, line: { productId: w.product.id, quantity: '1' } })),
  'quote.updateLine': rep((w) => ({ quoteId: w.quote.id, lineId: w.quoteLine.id, version: w.quote.version, patch: { quantity: '2' } })),
  'quote.removeLine': rep((w) => ({ quoteId: w.quote.id, lineId: w.quoteLine.id, version: w.quote.version })),
  'quote.send': rep((w) => ({ id: w.quote.id, version: w.quote.version })),
  'quote.requestApproval': rep((w) => ({ id: w.quote.id, version: w.quote.version })),
  'quote.decideApproval': manager((w) => ({ id: w.quote.id, version: w.quote.version, decision: 'approved' })),
  'quote.accept': rep((w) => ({ id: w.quote.id, version: w.quote.version })),
  'quote.reject': rep((w) => ({ id: w.quote.id, version: w.quote.version })),
  'quote.expire': rep((w) => ({ id: w.quote.id, version: w.quote.version })),
  'quote.acceptAndWin': rep((w) => ({ id: w.quote.id, version: w.quote.version })),
  'quote.convertToOrder': rep((w) => ({ id: w.quote.id, version: w.quote.version })),
  'invoicing.board': viewer((w) => ({ view: 'individual', filter: { customer: w.customer.id } })),
  'invoicing.cell': viewer((w) => ({ lane: 'opportunities', month: '2030-01', filter: { customer: w.customer.id }, offset: 0 })),
  'invoicing.moveOpportunityMonth': rep((w) => ({ id: w.opportunity.id, version: w.opportunity.version, month: '2030-02', clientMutationId: cmid() })),
  'notification.list': viewer(),
  'notification.markRead': viewer((w) => ({ ids: [w.notification.id] })),
  'notification.markAllRead': viewer(),
  'lead.list': viewer(() => ({})),
  'lead.get': viewer((w) => ({ id: w.lead.id })),
  'lead.create': rep((w) => ({ fullName: 'Walk lead', companyName: 'Walk company', ownerId: w.byRole.rep.userId })),
  'lead.update': rep((w) => ({ id: w.lead.id, patch: { notes: 'walked' } })),
  'lead.qualify': rep((w) => ({
    id: w.lead.id,
    customer: { mode: 'existing', customerId: w.customer.id },
    contact: { mode: 'existing', contactId: w.contact.id },
    opportunity: { title: 'Walk deal', pipelineId: w.pipeline.id, amountMinor: 1000, expectedCloseDate: '2030-03-01', ownerId: w.byRole.rep.userId },
  })),
  'lead.disqualify': rep((w) => ({ id: w.lead.id, reason: 'walked away' })),
  'product.list': viewer(() => ({})),
  'product.get': viewer((w) => ({ id: w.product.id })),
  'product.create': manager(() => ({ sku: `WALK-${Math.random().toString(36).slice(2, 8)}`, name: 'Walk product', unitPriceMinor: 100, currency: 'EUR' })),
  'product.update': manager((w) => ({ id: w.product.id, patch: { name: 'Walked product' } })),
  'product.archive': manager((w) => ({ id: w.product.id })),
  'priceList.list': viewer(),
  'priceList.get': viewer((w) => ({ id: w.priceList.id })),
  'priceList.create': manager(() => ({ name: `Walk list ${Math.random().toString(36).slice(2, 8)}`, currency: 'EUR' })),
  'priceList.update': manager((w) => ({ id: w.priceList.id, patch: { name: 'Walked list' } })),
  'priceList.setPrice': manager((w) => ({ priceListId: w.priceList.id, productId: w.product.id, unitPriceMinor: 4000 })),
  'priceList.removePrice': manager((w) => ({ priceListId: w.priceList.id, productId: w.product.id })),
  'forecast.latest': viewer((w) => ({ owner: w.byRole.rep.userId, pipeline: w.pipeline.id })),
  'forecast.history': viewer(),
  'forecast.setOverride': manager((w) => ({ ownerId: w.byRole.rep.userId, month: '2030-01', category: 'commit', amountMinor: 999, note: 'walked' })),
  'forecast.listOverrides': viewer((w) => ({ ownerId: w.byRole.rep.userId })),
  'forecast.recompute': manager(() => undefined),
};
