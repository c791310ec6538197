import type * as s from '~/db/schema';
import type { TRandom } from '~/domain/random';
import { addDays, addMonths, isoDate, monthStart } from './calendar';
import { monthSeasonality } from './data/deal-outcomes';
import type { TDealPlan, TSeedPerson } from './types';

/** Months of quota before the anchor's month, and from the anchor's month on. */
export const QUOTA_PAST_MONTHS = 24;
export const QUOTA_FUTURE_MONTHS = 13;
/** Reps hit ~93 % of quota on average; the team average pulls individual quotas together. */
const TARGET_ATTAINMENT = 0.93;
const YEARLY_GROWTH = 0.08;
/** First months of a new rep: share of a full quota. */
const RAMP = [0.3, 0.6, 0.85];

/**
 * Monthly quota per rep from the first history month (or the rep's start) to
 * 12 months after the anchor's month; `month` is always the 1st. Calibrated
 * on what the rep and their team won in the full history months (not the
 * month in progress), with damped seasonality, 8 % yearly growth and a ramp
 * for new reps. Rounded to €500, in minor units. Depends on the anchor's
 * month only, apart from the wins.
 */
export function buildQuotas(random: TRandom, reps: readonly TSeedPerson[], plans: readonly TDealPlan[], organizationId: string, anchor: Date) {
  const season = (month: Date) => 1 + (monthSeasonality[month.getUTCMonth()]! - 1) * 0.6;
  const growth = (offset: number) => 1 + (YEARLY_GROWTH * offset) / 12;
  const shape = (month: Date, offset: number) => season(month) * growth(offset);
  const firstMonth = (rep: TSeedPerson) => Math.max(-QUOTA_PAST_MONTHS, monthOffset(anchor, rep.startedAt));

  const base = new Map<string, number>();
  for (const rep of reps) {
    // Calibrate on the history months in which the rep was fully productive.
    const from = Math.max(-QUOTA_PAST_MONTHS, monthOffset(anchor, rep.startedAt) + RAMP.length);
    let weight = 0;
    for (let offset = from; offset < 0; offset++) weight += shape(addMonths(anchor, offset), offset);
    let won = 0;
    for (const plan of plans) {
      if (plan.status !== 'won' || plan.owner.id !== rep.id) continue;
      const offset = monthOffset(anchor, plan.closedAt!);
      if (offset >= from && offset < 0) won += plan.amountMinor;
    }
    base.set(rep.id, weight > 0 ? won / weight / TARGET_ATTAINMENT : 0);
  }
  const teamAverage = (team: string | null) => {
    const mates = reps.filter((r) => r.teamId === team);
    return mates.reduce((sum, r) => sum + base.get(r.id)!, 0) / mates.length;
  };

  const rows: (typeof s.quotas.$inferInsert)[] = [];
  for (const rep of reps) {
    const blended = 0.75 * base.get(rep.id)! + 0.25 * teamAverage(rep.teamId);
    const start = firstMonth(rep);
    for (let offset = start; offset < QUOTA_FUTURE_MONTHS; offset++) {
      const month = addMonths(anchor, offset);
      const ramp = RAMP[offset - monthOffset(anchor, rep.startedAt)] ?? 1;
      const amountMinor = Math.round((blended * shape(month, offset) * ramp) / 50_000) * 50_000;
      // Set mid-month before each past month; the current and future ones before this month began.
      const createdAt = offset < 0 ? addDays(month, -15) : addDays(monthStart(anchor), -12);
      rows.push({ id: random.uuid(), organizationId, userId: rep.id, month: isoDate(month), amountMinor, currency: 'EUR', createdAt, updatedAt: createdAt });
    }
  }
  return rows;
}

/** Whole months from the anchor's month to `date`'s month (negative in the past). */
function monthOffset(anchor: Date, date: Date): number {
  return (date.getUTCFullYear() - anchor.getUTCFullYear()) * 12 + date.getUTCMonth() - anchor.getUTCMonth();
}
