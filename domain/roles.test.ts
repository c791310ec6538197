import { describe, expect, it } from 'vitest';
import { canAdminister, canEdit, canManage, type TRole } from './roles';

describe('roles', () => {
  it.each<[TRole, boolean, boolean, boolean]>([
    ['viewer', false, false, false],
    ['rep', true, false, false],
    ['manager', true, true, false],
    ['admin', true, true, true],
  ])('%s: edit=%s manage=%s administer=%s', (role, edit, manage, administer) => {
    expect(canEdit(role)).toBe(edit);
    expect(canManage(role)).toBe(manage);
    expect(canAdminister(role)).toBe(administer);
  });
});
