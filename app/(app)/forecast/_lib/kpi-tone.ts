/** Which way is good for a KPI: up (win rate), down (DSO) or neither (backlog). */
export type TPolarity = 'up' | 'down' | 'neutral';
export type TDirection = 'up' | 'down' | 'flat' | null;
/** What the arrow's colour says: green good, red bad, grey no judgement. */
export type TTone = 'good' | 'bad' | 'neutral';

/**
 * The colour of a trend arrow: an arrow pointing the KPI's good way is
 * good, the other way bad; flat, unknown and neutral KPIs are neutral. So
 * a falling DSO shows a green down arrow and a falling win rate a red one.
 */
export function trendTone(direction: TDirection, polarity: TPolarity): TTone {
  if (direction === null || direction === 'flat' || polarity === 'neutral') return 'neutral';
  return direction === polarity ? 'good' : 'bad';
}

/** The arrow glyph for a direction (none without a previous period). */
export function trendArrow(direction: TDirection): string {
  if (direction === 'up') return '▲';
  if (direction === 'down') return '▼';
  if (direction === 'flat') return '=';
  return '';
}
