import { addDays, addMonths, atOfficeHours, DAY_MS, daysBetween, daysInMonth, isoDate, previousWeekday, weekdayInMonth } from './calendar';
import { dealTypes, lostReasons, monthSeasonality } from './data/deal-outcomes';
import { pickDealBasics, repsActiveAt, type TDealContext } from './deal-basics';
import { stagePath } from './stage-path';
import type { TDealPlan } from './types';

/** Closed deals over the full months of the history window, and its length in months. */
export const CLOSED_DEALS = 1200;
export const HISTORY_MONTHS = 24;
/** Where lost deals die, per pipeline stage (early and middle stages mostly). */
const LOST_STAGE_WEIGHTS: Record<string, readonly number[]> = {
  new: [14, 18, 20, 20, 14, 8, 6],
  renewals: [20, 22, 26, 20, 12],
};

/**
 * Won and lost deals closed before the anchor: {@link CLOSED_DEALS} over the
 * 24 full months before the anchor's month, whose monthly volume follows
 * {@link monthSeasonality} with ~12 % growth over the window, plus the
 * current month up to the day before the anchor, prorated by the share of
 * the month elapsed (none on the 1st). Win rate depends on deal type, rep and
 * size; cycles are log-normal, 20–120 days; closes fall on weekdays. The full
 * months are drawn first, so they are the same for every day of a month.
 */
export function planClosedDeals(ctx: TDealContext): TDealPlan[] {
  const { anchor } = ctx;
  const months = Array.from({ length: HISTORY_MONTHS + 1 }, (_, i) => addMonths(anchor, i - HISTORY_MONTHS));
  const weights = months.map((m, i) => monthSeasonality[m.getUTCMonth()]! * (1 + (0.12 * i) / (HISTORY_MONTHS - 1)));
  const fullMonths = weights.slice(0, HISTORY_MONTHS);
  const counts = apportion(CLOSED_DEALS, fullMonths);
  const current = months[HISTORY_MONTHS]!;
  const elapsedDays = daysBetween(current, anchor);
  // No close before the first weekday of the month (e.g. on Monday the 3rd after a weekend).
  const open = weekdayInMonth(current, 1) < anchor;
  const perWeight = CLOSED_DEALS / fullMonths.reduce((a, b) => a + b, 0);
  counts.push(open ? Math.round((weights[HISTORY_MONTHS]! * perWeight * elapsedDays) / daysInMonth(current)) : 0);
  const plans: TDealPlan[] = [];
  months.forEach((monthStart, m) => {
    const days = m < HISTORY_MONTHS ? daysInMonth(monthStart) : elapsedDays;
    for (let k = 0; k < counts[m]!; k++) plans.push(planClosedDeal(ctx, monthStart, days, m < HISTORY_MONTHS));
  });
  return plans;
}

/**
 * One deal closed on a weekday among the first `days` days of the month
 * (all of them for a full month); with `bunchWins`, wins bunch up in the
 * month's last week.
 */
function planClosedDeal(ctx: TDealContext, monthStart: Date, days: number, bunchWins: boolean): TDealPlan {
  const { random } = ctx;
  // A rep closes deals from their third month on.
  const owner = random.weighted(repsActiveAt(ctx.reps, addMonths(monthStart, -2)));
  const typeInfo = random.weighted(dealTypes.map((t) => [t, t.share] as const));
  const basics = pickDealBasics(ctx, owner, typeInfo.type, monthStart, monthStart.getUTCFullYear());
  // Bigger than usual for its theme → harder to win.
  const relativeSize = basics.amountMinor / 100 / basics.theme.medianEur;
  const sizeFactor = Math.min(1.25, Math.max(0.7, 1 - 0.12 * Math.log(relativeSize)));
  const won = random.chance(Math.min(0.95, typeInfo.winRate * (owner.winRate ?? 1) * sizeFactor));
  const day = bunchWins && won && random.chance(0.35) ? random.int(days - 6, days) : random.int(1, days);
  const closedAt = atOfficeHours(random, weekdayInMonth(monthStart, day));
  let cycle = cycleDays(ctx, typeInfo.cycleMedianDays, won);
  // Few deals start during the August holidays.
  for (let t = 0; t < 5 && addDays(closedAt, -cycle).getUTCMonth() === 7 && random.chance(0.6); t++) {
    cycle = cycleDays(ctx, typeInfo.cycleMedianDays, won);
  }
  const earliest = addDays(owner.startedAt, 1);
  const opened = atOfficeHours(random, previousWeekday(addDays(closedAt, -cycle)));
  const createdAt = new Date(Math.max(opened.getTime(), earliest.getTime()));
  const stageIndex = won
    ? basics.pipeline.stages.length - 1
    : random.weighted(LOST_STAGE_WEIGHTS[basics.pipeline.key]!.map((w, i) => [i, w] as const));
  // Days in the final stage: short before a win, up to 1.5× rotting before a loss.
  const span = (closedAt.getTime() - createdAt.getTime()) / DAY_MS;
  const maxDwell = won ? Math.min(14, span / 3) : Math.min(basics.pipeline.stages[stageIndex]!.rottingDays * 1.5, span / 2);
  const dwell = random.int(1, Math.max(1, Math.floor(maxDwell)));
  const lastEntry = new Date(Math.max(createdAt.getTime(), previousWeekday(addDays(closedAt, -dwell)).getTime()));
  const reasons = lostReasons.map(([r, w]) => [r, r === 'Sin respuesta' && stageIndex <= 1 ? w * 2 : w] as const);
  return {
    ...basics,
    id: random.uuid(),
    createdAt,
    stageEntries: stagePath(random, createdAt, lastEntry, stageIndex),
    stageIndex,
    status: won ? 'won' : 'lost',
    probability: won ? 100 : 0,
    expectedCloseDate: isoDate(closedAt),
    closedAt,
    lostReason: won ? null : random.weighted(reasons),
  };
}

/** Sales cycle in days: log-normal around the type's median, redrawn until 20–120. */
function cycleDays(ctx: TDealContext, median: number, won: boolean): number {
  for (let i = 0; i < 20; i++) {
    const days = Math.round(ctx.random.logNormal(median, 0.45) * (won ? 1 : ctx.random.float(0.55, 1)));
    if (days >= 20 && days <= 120) return days;
  }
  return median;
}

/** Splits `total` into integers proportional to `weights` (largest remainder). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const missing = total - counts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k++) counts[order[k]![1]]! += 1;
  return counts;
}
