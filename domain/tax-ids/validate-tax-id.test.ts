import { describe, expect, it } from 'vitest';
import { validateTaxId } from './validate-tax-id';

describe('validateTaxId', () => {
  it.each([
    ['ES', '12345678-z', 'es-nif', '12345678Z'],
    ['ES', 'X1234567L', 'es-nie', 'X1234567L'],
    ['ES', 'A28015865', 'es-cif', 'A28015865'], // Telefónica
    ['ES', 'ES A-46103834', 'es-cif', 'A46103834'], // Mercadona, written as an EU VAT number
    ['ES', 'Q2826000H', 'es-cif', 'Q2826000H'], // Agencia Tributaria
    ['IT', '00905811006', 'it-piva', '00905811006'], // Eni
    ['IT', 'IT00811720580', 'it-piva', '00811720580'], // Enel
    ['PE', '20100047218', 'pe-ruc', '20100047218'], // Banco de Crédito del Perú
    ['MX', 'PME-380607-P35', 'mx-rfc', 'PME380607P35'], // Pemex
    ['MX', 'GODE561231GR8', 'mx-rfc', 'GODE561231GR8'], // a person
    ['US', '942404110', 'us-ein', '94-2404110'], // Apple
    ['FR', 'fr 40303265045', 'generic', 'FR 40303265045'],
  ])('accepts %s %s as %s', (country, raw, kind, value) => {
    expect(validateTaxId(country, raw)).toEqual({ ok: true, kind, value });
  });

  it.each([
    ['ES', '12345678A', 'es-nif', 'Wrong check digit for a Spanish NIF: expected letter Z'],
    ['ES', 'X1234567A', 'es-nie', 'Wrong check digit for a Spanish NIE: expected letter L'],
    ['ES', 'A28015866', 'es-cif', 'Wrong check digit for a Spanish CIF: expected 5'],
    ['ES', 'Q2826000A', 'es-cif', 'Wrong check digit for a Spanish CIF: expected letter H'],
    ['ES', 'G58818502', 'es-cif', 'Wrong check digit for a Spanish CIF: expected 1 or letter A'],
    ['IT', '00905811007', 'it-piva', 'Wrong check digit for an Italian Partita IVA: expected 6'],
    ['PE', '20100047210', 'pe-ruc', 'Wrong check digit for a Peruvian RUC: expected 8'],
    ['MX', 'SAT970701NN4', 'mx-rfc', 'Wrong check digit for a Mexican RFC: expected 3'],
  ])('refuses %s %s with a clear message', (country, raw, kind, message) => {
    expect(validateTaxId(country, raw)).toMatchObject({ ok: false, kind, problem: 'check', message });
  });

  it.each([
    ['ES', '1234', 'es', 'format'],
    ['ES', 'I12345674', 'es', 'format'], // I is not a CIF entity letter
    ['IT', '0090581100', 'it-piva', 'format'],
    ['IT', '00743115007', 'it-piva', 'office'], // office 500 does not exist
    ['PE', '30100047218', 'pe-ruc', 'format'],
    ['MX', 'SAT971301NN3', 'mx-rfc', 'date'], // month 13
    ['US', '07-1234567', 'us-ein', 'prefix'],
    ['US', '94-240411', 'us-ein', 'format'],
    ['FR', 'me@example.com', 'generic', 'format'],
    ['DE', 'ABCDEF', 'generic', 'format'], // no digit
  ])('refuses %s %s (%s, %s)', (country, raw, kind, problem) => {
    const result = validateTaxId(country, raw);
    expect(result).toMatchObject({ ok: false, kind, problem });
    expect(result.ok || result.message.length > 10).toBe(true);
  });
});
