import type { TRole } from '~/domain/roles';
import type { TAccessWorld } from './access-world';

/** The access world plus an import run (the report route addresses one). */
export type TApiWorld = TAccessWorld & { importRun: { id: string; fileName: string | null } };

/** Files and text fields of a multipart upload. */
export type TUploadParts = { files: Record<string, string>; fields: Record<string, string> };

/**
 * For every REST route of server/http/api-routes.ts, keyed by its template
 * (see routeTemplate): the weakest role it admits, values for its id groups
 * addressing organization `a`'s rows, and, for POST routes, the upload. The
 * uploads name `a`'s customer and rep, so another organization sending them
 * probes that imports resolve names only inside the caller's organization.
 * The API route walk fails for a route missing here.
 */
export type TApiRouteCase = {
  role: TRole;
  /** The content type of an allowed member's answer. */
  answers: 'application/pdf' | 'text/csv' | 'application/json';
  params?: (a: TApiWorld) => Record<string, string>;
  query?: string;
  upload?: (params: Record<string, string>, a: TApiWorld) => TUploadParts;
};

const entityCsv: Record<string, (a: TApiWorld) => string> = {
  customers: () => 'legal_name,country\nWalk customer,ES\n',
  products: () => 'sku,name,unit_price\nWALK-1,Walk product,10\n',
  opportunities: (a) => `title,customer,owner,expected_close_date\nWalk deal,${a.customer.legalName},${a.byRole.rep.email},2030-06-30\n`,
};

const dataset = {
  'accounts.csv': 'account,sector,year_established,revenue,employees,office_location,subsidiary_of\nWalk Account,retail,2001,1.5,10,United States,\n',
  'products.csv': 'product,series,sales_price\nWalk Product,GTX,100\n',
  'sales_teams.csv': 'sales_agent,manager,regional_office\nWalk Agent,Walk Manager,Central\n',
  'sales_pipeline.csv': 'opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\nWALK0001,Walk Agent,Walk Product,Walk Account,Engaging,2017-01-02,,\n',
};

export const apiRouteCases: Record<string, TApiRouteCase> = {
  'GET /api/quotes/:id/pdf': { role: 'viewer', answers: 'application/pdf', params: (a) => ({ id: a.quote.id }), query: '?format=a5&lang=en' },
  'POST /api/import/:entity/:action': {
    role: 'rep',
    answers: 'application/json',
    upload: ({ entity }, a) => ({ files: { [`${entity}.csv`]: entityCsv[entity!]!(a) }, fields: { locale: 'en' } }),
  },
  'POST /api/import/dataset/:action': { role: 'admin', answers: 'application/json', upload: () => ({ files: dataset, fields: { usdRate: '0.9' } }) },
  'GET /api/import/runs/:id/report.csv': { role: 'viewer', answers: 'text/csv', params: (a) => ({ id: a.importRun.id }) },
  'GET /api/export/:entity.csv': { role: 'rep', answers: 'text/csv' },
};

/** Names and numbers of `a`'s rows and people that no other organization may ever be shown. */
export function namesOf(a: TApiWorld): string[] {
  const rows = [a.customer.legalName, a.opportunity.title, a.quote.number, a.order.number, a.invoice.number, a.lead.fullName, a.lead.companyName, a.product.name, a.product.sku];
  return [...rows, a.contact.fullName, a.priceList.name, a.team.name, a.importRun.fileName ?? '', ...a.people.flatMap((p) => [p.name, p.email])].filter(Boolean);
}
