import { describe, expect, it } from 'vitest';
import { AppError } from '../app-error';
import { approvalAfterLineEdit, approvalRequired, assertCanDecide, assertCanRequestApproval, assertCanSend, sendBlocker, type TApprovalStatus } from './quote-approval';

describe('approvalRequired', () => {
  it.each([
    [[], 2000, false],
    [[{ discountBps: 2000 }], 2000, false], // equal to the threshold is allowed
    [[{ discountBps: 2001 }], 2000, true],
    [[{ discountBps: 0 }, { discountBps: 3500 }], 2000, true],
    [[{ discountBps: 500 }], 0, true],
    [[{ discountBps: 10_000 }], 10_000, false],
  ])('%j with threshold %i → %s', (lines, threshold, expected) => {
    expect(approvalRequired(lines, threshold)).toBe(expected);
  });
});

describe('sending and approval', () => {
  it.each([
    // required, status → may send?
    [false, 'not_required', true],
    [true, 'not_required', false],
    [true, 'pending', false],
    [true, 'approved', true],
    [true, 'rejected', false],
    [false, 'pending', false],
    [false, 'rejected', false],
    [false, 'approved', true],
  ] as [boolean, TApprovalStatus, boolean][])('required %s, %s → may send %s', (required, status, may) => {
    expect(sendBlocker(required, status) === null).toBe(may);
    if (may) expect(() => assertCanSend(required, status)).not.toThrow();
    else expect(() => assertCanSend(required, status)).toThrow(AppError);
  });

  it.each([
    [true, 'not_required', null],
    [false, 'not_required', /can be sent as it is/],
    [true, 'pending', /already pending/],
    [true, 'approved', /already approved/],
    [true, 'rejected', /change the lines/],
  ] as [boolean, TApprovalStatus, RegExp | null][])('request approval: required %s, %s', (required, status, error) => {
    if (error) expect(() => assertCanRequestApproval(required, status)).toThrow(error);
    else expect(() => assertCanRequestApproval(required, status)).not.toThrow();
  });

  it.each(['not_required', 'approved', 'rejected'] as TApprovalStatus[])('no decision unless pending: %s', (status) => {
    expect(() => assertCanDecide(status)).toThrow(/no pending approval/);
  });

  it.each([
    ['not_required', 'not_required'],
    ['approved', 'not_required'],
    ['rejected', 'not_required'],
    ['pending', null],
  ] as [TApprovalStatus, TApprovalStatus | null][])('a line edit with approval %s → %s', (status, next) => {
    if (next) expect(approvalAfterLineEdit(status)).toBe(next);
    else expect(() => approvalAfterLineEdit(status)).toThrow(/locked/);
  });
});
