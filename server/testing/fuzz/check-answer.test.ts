import { describe, expect, it } from 'vitest';
import { problemWith } from './check-answer';

describe('problemWith', () => {
  it.each([
    [{ status: 200 }],
    [{ status: 400, code: 'BAD_REQUEST', message: 'amount: Too small: expected number to be >0' }],
    [{ status: 404, code: 'NOT_FOUND', message: 'Opportunity not found.' }],
    [{ status: 429, code: 'TOO_MANY_REQUESTS', message: 'Too many requests: slow down.', stack: null }],
  ])('accepts %j', (answer) => expect(problemWith(answer)).toBeNull());

  it.each([
    [{ status: 500, code: 'INTERNAL_SERVER_ERROR', message: 'boom' }, /HTTP 500/],
    [{ status: 400, code: 'BAD_REQUEST', message: '[object Object]' }, /unreadable/],
    [{ status: 400, code: 'BAD_REQUEST', message: '[{"code":"invalid_type","path":["id"]}]' }, /unreadable/],
    [{ status: 400, code: 'BAD_REQUEST', message: 'Error\n    at parse (x.ts:1:1)' }, /unreadable/],
    [{ status: 400, code: 'BAD_REQUEST', message: 'x', stack: 'Error: x\n  at y' }, /stack trace/],
    [{ status: 404, code: 'NOT_FOUND', message: '' }, /no message/],
    [{ status: 418, code: 'TEAPOT', message: 'short and stout' }, /unexpected code/],
    [{ status: 400, code: 'BAD_REQUEST', message: 'insert violates foreign key constraint' }, /unreadable/],
    [{ status: 400, code: 'BAD_REQUEST', message: 'Failed query: insert into "customers" ("id") values ($1)' }, /unreadable/],
  ])('refuses %j', (answer, problem) => expect(problemWith(answer)).toMatch(problem));
});
