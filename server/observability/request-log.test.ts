import { describe, expect, it } from 'vitest';
import { requestIdOf } from './request-log';

describe('requestIdOf', () => {
  it.each(['abc', 'lb-1234.abc', '0f8e1c2a-7b0e-4e47-9a51-1f7b0d4c2e11', 'trace:span_1', 'x'.repeat(128)])('keeps the sane id %s', (id) => {
    expect(requestIdOf(id)).toBe(id);
  });

  it.each([undefined, '', 'has space', 'x'.repeat(129), 'quote"', 'new\nline', ['a', 'b']])('replaces %j with a UUID', (incoming) => {
    expect(requestIdOf(incoming)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
