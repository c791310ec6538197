import type * as s from '~/db/schema';
import type { TRandom } from '~/domain/random';
import { addDays, atOfficeHours, previousWeekday } from './calendar';
import { customerTaxId } from './customer-tax-id';
import { countries } from './data/countries';
import { asciiSlug } from './slug';
import type { TDealPlan, TSeedPerson } from './types';

const NEW_LEADS = 18;
const DISQUALIFIED = 4;
const QUALIFIED = 3;
const SOURCES: readonly (readonly [string, number])[] = [['Web', 5], ['Feria', 3], ['Recomendación', 2], ['LinkedIn', 2], ['Llamada entrante', 1]];
const REASONS = [
  'Sin presupuesto este año',
  'Ya trabaja con un competidor con contrato hasta 2028',
  'Volumen demasiado pequeño para nuestra oferta',
  'No responde tras tres intentos de contacto',
];

type TLeadRow = typeof s.leads.$inferInsert;

/**
 * 25 demo leads: 18 new from the last six weeks (some unassigned, half with
 * a tax id), 4 disqualified with a reason, and 3 qualified into the customer,
 * first contact and opportunity of recent open new-business deals, decided by
 * the deal's owner when the deal was created. Every row sets every column
 * (see writeDemoData). Instants fall before `anchor`.
 */
export function buildLeads(random: TRandom, reps: readonly TSeedPerson[], plans: readonly TDealPlan[], organizationId: string, anchor: Date): TLeadRow[] {
  const rows: TLeadRow[] = [];
  for (let i = 0; i < NEW_LEADS + DISQUALIFIED; i++) {
    const createdAt = atOfficeHours(random, previousWeekday(addDays(anchor, -random.int(1, 42))));
    const person = invent(random);
    const disqualified = i >= NEW_LEADS;
    const owner = random.chance(disqualified ? 1 : 0.8) ? random.pick(reps) : null;
    rows.push({
      ...person,
      id: random.uuid(),
      organizationId,
      source: random.weighted(SOURCES),
      notes: null,
      ownerId: owner?.id ?? null,
      status: disqualified ? 'disqualified' : 'new',
      disqualifyReason: disqualified ? REASONS[i - NEW_LEADS]! : null,
      customerId: null,
      contactId: null,
      opportunityId: null,
      decidedBy: disqualified ? owner!.id : null,
      decidedAt: disqualified ? new Date(Math.min(createdAt.getTime() + random.int(1, 5) * 86_400_000, anchor.getTime() - 60_000)) : null,
      createdAt,
      updatedAt: createdAt,
    });
  }
  const recent = plans
    .filter((p) => p.status === 'open' && p.type === 'new_business' && p.customer.contactIds.length > 0)
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
    .slice(0, QUALIFIED);
  for (const plan of recent) {
    const createdAt = new Date(plan.createdAt.getTime() - random.int(2, 10) * 86_400_000);
    const person = invent(random);
    rows.push({
      ...person,
      id: random.uuid(),
      organizationId,
      source: plan.source,
      notes: null,
      ownerId: plan.owner.id,
      status: 'qualified',
      disqualifyReason: null,
      customerId: plan.customer.id,
      contactId: plan.customer.contactIds[0]!,
      opportunityId: plan.id,
      decidedBy: plan.owner.id,
      decidedAt: plan.createdAt,
      createdAt,
      updatedAt: plan.createdAt,
    });
  }
  return rows.sort((a, b) => a.createdAt!.getTime() - b.createdAt!.getTime());
}

/** A person at a company that is not (yet) a customer, in one of the demo countries. */
function invent(random: TRandom) {
  const profile = random.weighted(countries.map((c) => [c, c.customerCount] as const));
  const city = random.weighted(profile.cities.map((c) => [c, c.weight] as const));
  const sector = random.weighted(profile.sectorWeights);
  const base = profile.companyBase(random, sector);
  const form = random.weighted(profile.legalForms);
  const female = random.chance(0.45);
  const first = random.pick(female ? profile.people.female : profile.people.male);
  const surname = random.pick(profile.people.surnames);
  const companyName = base + form.suffix;
  return {
    fullName: `${first} ${surname}`,
    companyName,
    email: random.chance(0.85) ? `${asciiSlug(first.split(' ')[0]!)}.${asciiSlug(surname)}@${asciiSlug(base)}.example` : null,
    phone: random.chance(0.7) ? profile.phone(random, city) : null,
    country: profile.code,
    taxId: random.chance(0.5) ? customerTaxId(random, profile.code, city, companyName, form.entity) : null,
  };
}
