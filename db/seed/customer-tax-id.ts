import { generateItalyPartitaIva } from '~/domain/tax-ids/italy-partita-iva';
import { generateMexicoRfcCompany } from '~/domain/tax-ids/mexico-rfc';
import { generatePeruRuc } from '~/domain/tax-ids/peru-ruc';
import { generateSpainCif } from '~/domain/tax-ids/spain-cif';
import { generateUsEin } from '~/domain/tax-ids/us-ein';
import type { TRandom } from '~/domain/random';
import type { TCity, TCountryCode } from './data/country-profile';

/**
 * A company tax id with valid check digits, as printed in the country: CIF
 * from the city's province, Partita IVA from its provincial office, RFC from
 * the legal name and an incorporation date, company RUC, or EIN.
 */
export function customerTaxId(
  random: TRandom,
  country: TCountryCode,
  city: TCity,
  legalName: string,
  entity: string | undefined,
): string {
  switch (country) {
    case 'ES':
      return generateSpainCif(random, entity ?? 'B', city.taxOffice!);
    case 'IT':
      return generateItalyPartitaIva(random, city.taxOffice!);
    case 'MX': {
      const date = `${random.int(1965, 2015)}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
      return generateMexicoRfcCompany(random, legalName, date);
    }
    case 'PE':
      return generatePeruRuc(random);
    case 'US':
      return generateUsEin(random);
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
