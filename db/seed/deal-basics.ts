import type { TRandom } from '~/domain/random';
import { catalogue } from './data/catalogue';
import type { TCountryCode } from './data/country-profile';
import { dealThemes, titleWords, type TDealTheme, type TOpportunityType } from './data/deal-themes';
import { EXISTING_CUSTOMER_SOURCE, newBusinessSources } from './data/deal-outcomes';
import type { TDealPlan, TSeedCustomer, TSeedPerson, TSeedPipeline } from './types';

/** What deal planning draws on: one random stream, the anchor and the demo cast. */
export type TDealContext = {
  random: TRandom;
  anchor: Date;
  reps: readonly TSeedPerson[];
  customers: readonly TSeedCustomer[];
  pipelines: ReadonlyMap<string, TSeedPipeline>;
};

/** Larger markets buy larger projects (relative to Spain). */
const COUNTRY_SIZE: Record<TCountryCode, number> = { ES: 1, IT: 1.05, MX: 0.9, PE: 0.8, US: 1.3 };
const MIN_EUR = 1_500;
const MAX_EUR = 450_000;

/** Zones a rep owns at `at`: their own, plus those of colleagues who have not started yet. */
export function zonesOf(rep: TSeedPerson, reps: readonly TSeedPerson[], at: Date): string[] {
  const covered = reps.filter((r) => r.coveredBy === rep.key && r.startedAt > at).flatMap((r) => r.zones ?? []);
  return [...(rep.zones ?? []), ...covered];
}

/** Reps that may own a deal at `at`, with their volume as weight. */
export function repsActiveAt(reps: readonly TSeedPerson[], at: Date): (readonly [TSeedPerson, number])[] {
  return reps.filter((r) => r.startedAt <= at).map((r) => [r, r.volume ?? 1] as const);
}

/** New business runs in 'Nuevo negocio'; upsells and renewals in the renewals pipeline. */
export const pipelineKeyOf = (type: TOpportunityType) => (type === 'new_business' ? 'new' : 'renewals');

/** Who, what and how much: the parts of a deal that do not depend on its dates. */
export function pickDealBasics(
  ctx: TDealContext,
  owner: TSeedPerson,
  type: TOpportunityType,
  at: Date,
  titleYear: number,
): Pick<TDealPlan, 'owner' | 'customer' | 'type' | 'theme' | 'pipeline' | 'title' | 'source' | 'amountMinor' | 'initialAmountMinor'> {
  const { random } = ctx;
  const zones = zonesOf(owner, ctx.reps, at);
  const inZone = ctx.customers.filter((c) => zones.includes(c.zone));
  const existing = inZone.filter((c) => c.existing);
  const pool = type !== 'new_business' && existing.length > 0 ? existing : inZone;
  const customer = random.weighted(pool.map((c) => [c, c.weight] as const));
  const theme = random.weighted(dealThemes.map((t) => [t, t.weights[type] ?? 0] as const));
  const euros = random.logNormal(theme.medianEur, 0.55) * COUNTRY_SIZE[customer.country] * customer.weight ** 0.25;
  // A theme's deals stay within a plausible band: at least one main item, at most 4× typical.
  const clamped = Math.min(MAX_EUR, theme.medianEur * 4, Math.max(MIN_EUR, themeFloorEur(theme), euros));
  const roundTo = clamped >= 10_000 ? 500 : 100;
  const amountMinor = Math.round(clamped / roundTo) * roundTo * 100;
  return {
    owner,
    customer,
    type,
    theme,
    pipeline: ctx.pipelines.get(pipelineKeyOf(type))!,
    title: dealTitle(random, theme, type, customer, titleYear),
    source: type === 'new_business' ? random.weighted(newBusinessSources) : EXISTING_CUSTOMER_SOURCE,
    amountMinor,
    initialAmountMinor: amountMinor,
  };
}

/** List price in EUR of the theme's cheapest main item. */
function themeFloorEur(theme: TDealTheme): number {
  return Math.min(...theme.main.map((sku) => catalogue.find((c) => c.sku === sku)!.unitPriceMinor)) / 100;
}

function dealTitle(random: TRandom, theme: TDealTheme, type: TOpportunityType, customer: TSeedCustomer, year: number): string {
  const template = random.pick(theme.titles[type] ?? Object.values(theme.titles)[0]!);
  return template
    .replace('{year}', String(year))
    .replace('{city}', customer.city.name)
    .replace('{n}', String(random.int(1, 4)))
    .replace('{task}', random.pick(titleWords.task))
    .replace('{format}', random.pick(titleWords.format));
}
