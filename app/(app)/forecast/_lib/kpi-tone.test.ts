import { describe, expect, it } from 'vitest';
import { trendArrow, trendTone, type TDirection, type TPolarity, type TTone } from './kpi-tone';

describe('trendTone', () => {
  it.each<[TDirection, TPolarity, TTone]>([
    ['up', 'up', 'good'],
    ['down', 'up', 'bad'],
    ['down', 'down', 'good'],
    ['up', 'down', 'bad'],
    ['up', 'neutral', 'neutral'],
    ['down', 'neutral', 'neutral'],
    ['flat', 'up', 'neutral'],
    [null, 'down', 'neutral'],
  ])('%s on a KPI where %s is good → %s', (direction, polarity, tone) => expect(trendTone(direction, polarity)).toBe(tone));
});

describe('trendArrow', () => {
  it('points the way the value moved and is empty without a previous period', () => {
    expect([trendArrow('up'), trendArrow('down'), trendArrow('flat'), trendArrow(null)]).toEqual(['▲', '▼', '=', '']);
  });
});
