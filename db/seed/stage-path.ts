import type { TRandom } from '~/domain/random';
import { atOfficeHours, previousWeekday } from './calendar';

const MINUTE_MS = 60_000;

/**
 * When a deal entered each stage from 0 to `stageIndex`: the first entry is
 * `createdAt`, the last `lastEntry`, the ones between random weekday office
 * hours in order. Returns `stageIndex + 1` increasing instants.
 */
export function stagePath(random: TRandom, createdAt: Date, lastEntry: Date, stageIndex: number): Date[] {
  if (stageIndex === 0) return [createdAt];
  const start = createdAt.getTime();
  const end = Math.max(lastEntry.getTime(), start + stageIndex * MINUTE_MS);
  const middle = Array.from({ length: stageIndex - 1 }, () => {
    const raw = new Date(start + random.next() * (end - start));
    return atOfficeHours(random, previousWeekday(raw)).getTime();
  }).sort((a, b) => a - b);
  const entries = [start];
  for (const t of middle) {
    const last = entries[entries.length - 1]!;
    // Keep strictly increasing and leave room for the remaining entries.
    const bounded = Math.min(Math.max(t, last + MINUTE_MS), end - (stageIndex - entries.length + 1) * MINUTE_MS);
    entries.push(bounded);
  }
  entries.push(end);
  return entries.map((t) => new Date(t));
}
