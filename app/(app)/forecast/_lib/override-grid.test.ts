import { describe, expect, it } from 'vitest';
import { emptyOverrideRow, overrideGrid } from './override-grid';
import { fixtureSnapshot as s } from './snapshot.fixture';

const owners = s.dimensions.owners;

describe('overrideGrid', () => {
  it('lays out effective numbers per rep and month, with line and month totals', () => {
    const grid = overrideGrid(s.overrides, owners, ['2026-05', '2026-06'], 'commit');
    expect(grid.lines.map((l) => [l.name, l.cells.map((c) => c?.effectiveMinor ?? null), l.totalMinor, l.originalTotalMinor])).toEqual([
      ['Ana García', [3_500_000, null], 3_500_000, 3_000_000],
      ['Luis Pérez', [null, null], 0, 0],
    ]);
    expect(grid.monthTotals).toEqual([3_500_000, 0]);
    expect(grid.totalMinor).toBe(3_500_000);
    expect(grid.lines[0]!.cells[0]!.override).toMatchObject({ note: 'Signed PO expected', originalAtOverrideMinor: 2_900_000 });
  });

  it('reads only the chosen category', () => {
    expect(overrideGrid(s.overrides, owners, ['2026-05'], 'best_case').lines[0]!.cells[0]).toMatchObject({ effectiveMinor: 3_000_000, override: null });
  });

  it('gives an empty cell to override a number the rep does not have', () => {
    expect(emptyOverrideRow('u-luis', '2026-06', 'commit')).toEqual({ ownerId: 'u-luis', month: '2026-06', category: 'commit', originalMinor: 0, effectiveMinor: 0, override: null });
  });
});
