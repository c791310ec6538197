import { describe, expect, it } from 'vitest';
import { customerRowSchema } from './customer-row';
import { parseImportDate } from './parse-date';
import { productRowSchema } from './product-row';

const blankCustomer = { legal_name: '', trade_name: '', tax_id: '', country: '', address_line: '', city: '', region: '', postal_code: '', sector: '', email: '', phone: '', website: '', payment_terms_days: '', year_established: '', employees: '', annual_revenue: '' };
const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((i) => `${String(i.path[0])}: ${i.message}`);

describe('customerRowSchema', () => {
  const es = customerRowSchema({ locale: 'es', currency: 'EUR' });
  it('reads a valid Spanish row: country by name, CIF checked, revenue in cents', () => {
    const row = es.parse({ ...blankCustomer, legal_name: 'Talleres Ebro S.L.', tax_id: 'b-1234567-4', country: 'España', annual_revenue: '1.250.000,50', employees: '45' });
    expect(row).toMatchObject({ legalName: 'Talleres Ebro S.L.', taxId: 'B12345674', country: 'ES', annualRevenueMinor: 125_000_050, employees: 45, paymentTermsDays: 30, email: null });
  });
  it.each([
    [{ tax_id: 'B12345678', country: 'ES' }, 'tax_id: Wrong check digit for a Spanish CIF: expected 4'],
    [{ country: 'Narnia' }, 'country: "Narnia" is not a country (write a code such as ES or a name such as Spain)'],
    [{ country: '' }, 'country: is required'],
    [{ annual_revenue: '12,345,67' }, 'annual_revenue: "12,345,67" is not an amount in EUR (write 1234.56 or 1.234,56, at most 2 decimals)'],
    [{ employees: '1.5' }, 'employees: "1.5" is not a whole number'],
    [{ email: 'ventas(at)ebro' }, 'email: is not an e-mail address'],
    [{ legal_name: '' }, 'legal_name: is required'],
  ])('reports %j', (patch, message) => {
    expect(messages(es.safeParse({ ...blankCustomer, legal_name: 'Talleres Ebro', country: 'ES', ...patch }))).toContain(message);
  });
});

describe('productRowSchema', () => {
  const blank = { sku: '', name: '', family: '', kind: '', currency: '', unit_price: '', tax_rate: '', active: '' };
  it('derives the SKU, reads prices in the row currency and tax in basis points', () => {
    const en = productRowSchema({ locale: 'en', currency: 'EUR' });
    expect(en.parse({ ...blank, name: 'GTX Plus Pro', unit_price: '5,482', currency: 'usd', tax_rate: '10.5%', active: 'no', kind: 'Servicio' })).toEqual({
      sku: 'GTX-PLUS-PRO', name: 'GTX Plus Pro', family: null, kind: 'service', unitPriceMinor: 548_200, currency: 'USD', taxRateBps: 1050, active: false,
    });
    expect(messages(en.safeParse({ ...blank, name: 'Widget', unit_price: '' }))).toEqual(['unit_price: is required']);
    expect(messages(en.safeParse({ ...blank, name: 'Widget', unit_price: '10', tax_rate: '150' }))).toEqual(['tax_rate: "150" is not a percentage from 0 to 100']);
  });
});

describe('parseImportDate', () => {
  it.each([
    ['2017-03-01', '2017-03-01'],
    ['01/03/2017', '2017-03-01'],
    ['1-3-2017', '2017-03-01'],
    ['2017-03-01T10:00:00Z', '2017-03-01'],
    ['31/02/2017', null],
    ['03/31/2017', null],
    ['ayer', null],
  ])('%s → %s', (text, iso) => expect(parseImportDate(text)).toBe(iso));
});
