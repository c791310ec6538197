import { describe, expect, it } from 'vitest';
import { diffPatch, isEmptyDiff, type TEditableFields } from './patch-diff';

const current: TEditableFields = {
  title: 'Deal',
  amountMinor: 1000,
  expectedCloseDate: '2030-01-31',
  probability: 20,
  type: 'new_business',
  forecastCategory: 'pipeline',
  ownerId: 'u1',
};

describe('diffPatch', () => {
  it.each([
    ['one changed field', { amountMinor: 2000 }, { set: { amountMinor: 2000 }, from: { amountMinor: 1000 }, to: { amountMinor: 2000 } }],
    ['keeps only real changes', { title: 'Deal', probability: 30 }, { set: { probability: 30 }, from: { probability: 20 }, to: { probability: 30 } }],
    ['nothing changes', { title: 'Deal', ownerId: 'u1' }, { set: {}, from: {}, to: {} }],
    ['zero is a value', { amountMinor: 0 }, { set: { amountMinor: 0 }, from: { amountMinor: 1000 }, to: { amountMinor: 0 } }],
  ])('%s', (_name, patch, expected) => {
    expect(diffPatch(current, patch as never)).toEqual(expected);
  });

  it('knows an empty diff', () => {
    expect(isEmptyDiff(diffPatch(current, { title: 'Deal' }))).toBe(true);
    expect(isEmptyDiff(diffPatch(current, { title: 'Other' }))).toBe(false);
  });
});
