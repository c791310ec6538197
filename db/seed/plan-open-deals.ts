import type { TRandom } from '~/domain/random';
import { addDays, addMonths, atOfficeHours, daysBetween, isoDate, previousWeekday } from './calendar';
import { dealTypes } from './data/deal-outcomes';
import { pipelineDefinitions } from './data/pipelines';
import { pickDealBasics, pipelineKeyOf, repsActiveAt, type TDealContext } from './deal-basics';
import { stagePath } from './stage-path';
import type { TDealPlan } from './types';

/** Open deals on the board at the anchor. */
export const OPEN_DEALS = 300;
/** Share of open deals left in their stage longer than its rotting days. */
const ROTTING_SHARE = 0.18;
/** Share of open deals whose expected close date has already passed. */
const OVERDUE_SHARE = 0.06;

/**
 * The open pipeline at the anchor: a funnel over the stages, later stages
 * expected to close sooner (within ~6 months of the anchor), exactly
 * {@link OVERDUE_SHARE} overdue and {@link ROTTING_SHARE} rotting at the anchor
 * whatever its day, and a quarter with a manually adjusted probability.
 */
export function planOpenDeals(ctx: TDealContext): TDealPlan[] {
  const { random, anchor } = ctx;
  const reps = repsActiveAt(ctx.reps, addMonths(anchor, -1));
  const indices = Array.from({ length: OPEN_DEALS }, (_, k) => k);
  const rotting = new Set(random.shuffle(indices).slice(0, Math.round(OPEN_DEALS * ROTTING_SHARE)));
  const overdue = new Set(random.shuffle(indices).slice(0, Math.round(OPEN_DEALS * OVERDUE_SHARE)));
  const plans: TDealPlan[] = [];
  for (let k = 0; k < OPEN_DEALS; k++) {
    const owner = random.weighted(reps);
    const { type } = random.weighted(dealTypes.map((t) => [t, t.share] as const));
    const definition = pipelineDefinitions.find((d) => d.key === pipelineKeyOf(type))!;
    const stageIndex = random.weighted(definition.openWeights.map((w, i) => [i, w] as const));
    const lastStage = definition.stages.length - 1;
    const [, defaultProbability, rottingDays] = definition.stages[stageIndex]!;
    const lastEntry = stageEntry(random, anchor, rottingDays, rotting.has(k));
    // Half the deals move along; the other half have stalled and linger for months.
    const minAge = daysBetween(lastEntry, anchor) + 1 + stageIndex * 3;
    const ageDays = Math.max(minAge, random.chance(0.5) ? random.int(15, 100) : random.int(60, 330));
    const earliest = addDays(owner.startedAt, 1);
    const opened = atOfficeHours(random, previousWeekday(addDays(anchor, -ageDays)));
    // A deal still in the first stage entered it when it was created.
    const createdAt = stageIndex === 0 ? lastEntry : new Date(Math.max(opened.getTime(), earliest.getTime()));
    // Later stages are expected to close sooner: ~140 days out at the start, ~20 at the end.
    const daysAhead = clamp(Math.round(random.normal(20 + (1 - stageIndex / lastStage) * 120, 25)), 3, 185);
    // An overdue deal was expected to close after it was created.
    const daysLate = random.int(1, clamp(daysBetween(createdAt, anchor), 1, 30));
    const expected = addDays(anchor, overdue.has(k) ? -daysLate : daysAhead);
    const basics = pickDealBasics(ctx, owner, type, anchor, expected.getUTCFullYear());
    const adjusted = random.chance(0.25) ? defaultProbability + random.pick([-10, -5, 5, 10]) : defaultProbability;
    plans.push({
      ...basics,
      id: random.uuid(),
      createdAt,
      stageEntries: stagePath(random, createdAt, lastEntry, stageIndex),
      stageIndex,
      status: 'open',
      probability: clamp(adjusted, 5, 95),
      expectedCloseDate: isoDate(expected),
      closedAt: null,
      lostReason: null,
    });
  }
  return plans;
}

/**
 * When an open deal entered its current stage (weekday office hours). A
 * rotting deal entered it 2–41 days more than the stage's rotting days before
 * the anchor; any other on one of the `rottingDays - 2` days before the
 * anchor, so it does not start rotting during the anchor's day (the app
 * measures against `now`). Assumes `rottingDays` >= 7, so that window holds
 * a weekday.
 */
function stageEntry(random: TRandom, anchor: Date, rottingDays: number, rotting: boolean): Date {
  if (rotting) return atOfficeHours(random, previousWeekday(addDays(anchor, -(rottingDays + 1 + random.int(1, 40)))));
  const days = Array.from({ length: rottingDays - 2 }, (_, i) => addDays(anchor, -(i + 1))).filter((d) => d.getUTCDay() % 6 !== 0);
  return atOfficeHours(random, random.pick(days));
}

const clamp = (x: number, min: number, max: number) => Math.min(max, Math.max(min, x));
