import type { TRandom } from '~/domain/random';

/** Customer sectors (stored as Spanish text, the organization's language). */
export const sectors = [
  'Alimentación',
  'Bebidas',
  'Automoción',
  'Química',
  'Farmacéutica y cosmética',
  'Plásticos y envases',
  'Metalurgia',
  'Logística',
  'Papel y cartón',
  'Cerámica',
] as const;
export type TSector = (typeof sectors)[number];

export type TCountryCode = 'ES' | 'IT' | 'MX' | 'PE' | 'US';

/** A real city with approximate real coordinates (WGS84 degrees). */
export type TCity = {
  name: string;
  /** Province, state or Italian province code, as addresses print it. */
  region: string;
  lat: number;
  lon: number;
  /** Inclusive range of the city's postal codes. */
  postal: readonly [number, number];
  /** Landline area code without country code, e.g. '91' Madrid, '02' Milano. */
  area: string;
  /** Relative share of the country's customers. */
  weight: number;
  /** Sales zone; decides which rep owns the customer. */
  zone: string;
  /** CIF province prefix (ES) or Partita IVA office code (IT). */
  taxOffice?: string;
};

/** Everything needed to invent plausible customers in one country. */
export type TCountryProfile = {
  code: TCountryCode;
  /** How many demo customers live here. */
  customerCount: number;
  cities: readonly TCity[];
  sectorWeights: readonly (readonly [TSector, number])[];
  /** Company name without legal form, e.g. "Conservas Ortiz". */
  companyBase: (random: TRandom, sector: TSector) => string;
  /** Legal forms with weights; `entity` is the Spanish CIF letter where relevant. */
  legalForms: readonly (readonly [{ suffix: string; entity?: string }, number])[];
  address: (random: TRandom) => string;
  /** Full international phone number for a city. */
  phone: (random: TRandom, city: TCity) => string;
  people: {
    female: readonly string[];
    male: readonly string[];
    surnames: readonly string[];
    /** Spanish naming: two surnames. */
    twoSurnames: boolean;
  };
  /** [masculine, feminine] job titles. */
  jobTitles: readonly (readonly [string, string])[];
  paymentTerms: readonly (readonly [number, number])[];
};
