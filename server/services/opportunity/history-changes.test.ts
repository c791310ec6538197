import { describe, expect, it } from 'vitest';
import { historyChanges, referencedIds, type THistoryNames } from './history-changes';

const names: THistoryNames = {
  stage: new Map([['s1', 'Propuesta'], ['s2', 'Negociación']]),
  owner: new Map([['u1', 'Ana'], ['u2', 'Luis']]),
  team: new Map([['t1', 'Iberia']]),
};

describe('historyChanges', () => {
  it.each([
    ['a move names the stages', { stageId: 's1', probability: 40 }, { stageId: 's2', probability: 60 }, [
      { field: 'stage', from: 'Propuesta', to: 'Negociación' },
      { field: 'probability', from: 40, to: 60 },
    ]],
    ['creation has no before', null, { title: 'Deal', stageId: 's1' }, [
      { field: 'title', from: null, to: 'Deal' },
      { field: 'stage', from: null, to: 'Propuesta' },
    ]],
    ['owner and team become names, unknown ids null', { teamId: null, ownerId: 'u1' }, { teamId: 't1', ownerId: 'u2', stageId: 'gone' }, [
      { field: 'stage', from: null, to: null },
      { field: 'owner', from: 'Ana', to: 'Luis' },
      { field: 'team', from: null, to: 'Iberia' },
    ]],
    ['a fixed order, whatever the stored key order; unknown fields last', { zeta: 1, amountMinor: 100, status: 'open' }, { zeta: 3, alpha: 2, amountMinor: 5, status: 'won' }, [
      { field: 'status', from: 'open', to: 'won' },
      { field: 'amountMinor', from: 100, to: 5 },
      { field: 'alpha', from: null, to: 2 },
      { field: 'zeta', from: 1, to: 3 },
    ]],
    ['a move lists what changed, not the context kept in `from`', { stageId: 's1', probability: 20, status: 'open' }, { probability: 50 }, [
      { field: 'probability', from: 20, to: 50 },
    ]],
    ['unchanged values are dropped', { probability: 50 }, { probability: 50 }, []],
  ])('%s', (_name, from, to, expected) => {
    expect(historyChanges(from, to, names)).toEqual(expected);
  });

  it('collects referenced ids per kind', () => {
    const ids = referencedIds([{ from: { stageId: 's1', ownerId: 'u1' }, to: { stageId: 's2', teamId: 't1', probability: 5 } }, { from: null, to: null }]);
    expect(ids).toEqual({ stage: new Set(['s1', 's2']), owner: new Set(['u1']), team: new Set(['t1']) });
  });
});
