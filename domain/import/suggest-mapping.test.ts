import { describe, expect, it } from 'vitest';
import { checkMapping, suggestMapping } from './suggest-mapping';

describe('suggestMapping', () => {
  it('maps English and Spanish headers, ignoring case, accents and punctuation', () => {
    expect(suggestMapping('customers', ['Razón Social', 'NIF/CIF', 'País', 'Código postal', 'E-mail', 'Notas'])).toEqual({
      'Razón Social': 'legal_name',
      'NIF/CIF': 'tax_id',
      País: 'country',
      'Código postal': 'postal_code',
      'E-mail': 'email',
      Notas: null,
    });
    expect(suggestMapping('opportunities', ['opportunity_id', 'sales_agent', 'account', 'deal_stage', 'close_date', 'close_value'])).toEqual({
      opportunity_id: 'external_ref',
      sales_agent: 'owner',
      account: 'customer',
      deal_stage: 'stage',
      close_date: 'expected_close_date',
      close_value: 'amount',
    });
  });

  it('uses each field once: the first matching header wins', () => {
    expect(suggestMapping('products', ['Precio', 'PVP', 'Producto'])).toEqual({ Precio: 'unit_price', PVP: null, Producto: 'name' });
  });
});

describe('checkMapping', () => {
  const headers = ['Name', 'Country', 'VAT'];
  it('accepts a complete mapping', () => {
    expect(checkMapping('customers', headers, { Name: 'legal_name', Country: 'country', VAT: null })).toEqual([]);
  });
  it.each([
    [{ Name: 'legal_name', Country: null, VAT: null }, 'Map a column to country: it is required.'],
    [{ Name: 'legal_name', Country: 'country', VAT: 'legal_name' }, 'Both "Name" and "VAT" are mapped to legal_name; keep one.'],
    [{ Name: 'legal_name', Country: 'country', Fax: null }, 'The mapping names a column "Fax" that the file does not have.'],
    [{ Name: 'legal_name', Country: 'country', VAT: 'vat_number' }, '"vat_number" is not a field of customers.'],
  ])('refuses %j', (mapping, problem) => {
    expect(checkMapping('customers', headers, mapping)).toContain(problem);
  });
});
