import { describe, expect, it } from 'vitest';
import type { TApiRoute } from '~/server/http/api-routes';
import { freeGroups, routePaths, routeTemplate } from './api-route-paths';

const route = (method: TApiRoute['method'], pattern: RegExp): TApiRoute => ({ method, pattern, handle: async () => {} });

describe('API route templates', () => {
  it('writes groups as :name, expands alternations and fills ids', () => {
    const r = route('POST', new RegExp('^/api/import/(?<entity>customers|products)/(?<id>[0-9a-f-]{36})\\.csv$'));
    expect(routeTemplate(r)).toBe('POST /api/import/:entity/:id.csv');
    expect(freeGroups(r)).toEqual(['id']);
    expect(routePaths(r, { id: 'x1' })).toEqual([
      { path: '/api/import/customers/x1.csv', params: { entity: 'customers', id: 'x1' } },
      { path: '/api/import/products/x1.csv', params: { entity: 'products', id: 'x1' } },
    ]);
  });

  it('reads nested groups and character classes holding parentheses', () => {
    expect(routeTemplate(route('GET', /^\/api\/q\/(?<id>([a-f]{8})[()]?)\/pdf$/))).toBe('GET /api/q/:id/pdf');
  });

  it('refuses patterns that are not a literal path with named groups', () => {
    for (const pattern of [/\/api\/x$/, /^\/api\/(x|y)$/, /^\/api\/x.csv$/, /^\/api\/\d+$/, /^\/api\/x\/?$/]) expect(() => routeTemplate(route('GET', pattern))).toThrow();
  });
});
