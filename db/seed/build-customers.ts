import type * as s from '~/db/schema';
import { createRandom, type TRandom } from '~/domain/random';
import { customerTaxId } from './customer-tax-id';
import { countries } from './data/countries';
import type { TCountryProfile } from './data/country-profile';
import { asciiSlug } from './slug';
import type { TSeedCustomer } from './types';

const SEED = 'dealflow-demo:customers';
const DISCOUNTS: readonly (readonly [number, number])[] = [[0, 62], [300, 10], [500, 12], [750, 6], [1000, 7], [1500, 3]];
/** Jitter around the city centre, in degrees (~3 km), so map pins do not stack. */
const JITTER_DEG = 0.03;

export type TSeedCustomers = {
  customers: (typeof s.customers.$inferInsert)[];
  contacts: (typeof s.contacts.$inferInsert)[];
  seeds: TSeedCustomer[];
};

/**
 * ~150 customers in Spain, Italy, Mexico, Peru and the US with 1–3 contacts
 * each. Company domains end in the reserved `.example` TLD so no real company
 * is ever e-mailed. `createdAt` is set later from the customer's first deal.
 */
export function buildCustomers(organizationId: string): TSeedCustomers {
  const random = createRandom(SEED);
  const out: TSeedCustomers = { customers: [], contacts: [], seeds: [] };
  const usedNames = new Set<string>();
  for (const profile of countries) {
    for (let i = 0; i < profile.customerCount; i++) addCustomer(random, profile, organizationId, usedNames, out);
  }
  return out;
}

function addCustomer(random: TRandom, profile: TCountryProfile, organizationId: string, used: Set<string>, out: TSeedCustomers) {
  const city = random.weighted(profile.cities.map((c) => [c, c.weight] as const));
  const sector = random.weighted(profile.sectorWeights);
  let base = profile.companyBase(random, sector);
  for (let tries = 0; used.has(base) && tries < 50; tries++) base = profile.companyBase(random, sector);
  used.add(base);
  const form = random.weighted(profile.legalForms);
  const legalName = base + form.suffix;
  const domain = `${asciiSlug(base)}.example`;
  const id = random.uuid();
  out.customers.push({
    id,
    organizationId,
    legalName,
    tradeName: base,
    taxId: customerTaxId(random, profile.code, city, legalName, form.entity),
    country: profile.code,
    addressLine: profile.address(random),
    city: city.name,
    region: city.region,
    postalCode: String(random.int(city.postal[0], city.postal[1])).padStart(5, '0'),
    latitude: round6(city.lat + random.float(-JITTER_DEG, JITTER_DEG)),
    longitude: round6(city.lon + random.float(-JITTER_DEG, JITTER_DEG)),
    sector,
    email: `${random.pick(['info', 'administracion', 'compras', 'contacto'])}@${domain}`,
    phone: profile.phone(random, city),
    website: `https://www.${domain}`,
    paymentTermsDays: random.weighted(profile.paymentTerms),
    discountBps: random.weighted(DISCOUNTS),
  });
  const seed: TSeedCustomer = {
    id,
    country: profile.code,
    city,
    zone: city.zone,
    weight: random.logNormal(1, 0.8),
    existing: random.chance(0.7),
    paymentTermsDays: out.customers.at(-1)!.paymentTermsDays!,
    discountBps: out.customers.at(-1)!.discountBps!,
    latePayer: random.chance(profile.code === 'US' ? 0.15 : profile.code === 'ES' ? 0.2 : 0.3),
    contactIds: [],
  };
  const contactCount = random.weighted([[1, 40], [2, 40], [3, 20]] as const);
  for (let c = 0; c < contactCount; c++) {
    const female = random.chance(0.45);
    const first = random.pick(female ? profile.people.female : profile.people.male);
    const surname = random.pick(profile.people.surnames);
    const fullName = profile.people.twoSurnames ? `${first} ${surname} ${random.pick(profile.people.surnames)}` : `${first} ${surname}`;
    const contactId = random.uuid();
    seed.contactIds.push(contactId);
    out.contacts.push({
      id: contactId,
      organizationId,
      customerId: id,
      fullName,
      jobTitle: random.pick(profile.jobTitles)[female ? 1 : 0],
      email: `${asciiSlug(first.split(' ')[0]!)}.${asciiSlug(surname)}@${domain}`,
      phone: profile.phone(random, city),
    });
  }
  out.seeds.push(seed);
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
