import { describe, expect, it } from 'vitest';
import { ZEmbedOriginSchema } from './organization';

describe('ZEmbedOriginSchema', () => {
  it.each([
    ['https://wall.example.com', 'https://wall.example.com'],
    ['https://wall.example.com/', 'https://wall.example.com'],
    [' https://intranet.example.com:8443 ', 'https://intranet.example.com:8443'],
    ['http://localhost:3000', 'http://localhost:3000'],
  ])('accepts %j as %j', (input, origin) => {
    expect(ZEmbedOriginSchema.parse(input)).toBe(origin);
  });

  it.each(['http://wall.example.com', 'https://wall.example.com/board', 'https://wall.example.com?x=1', 'javascript:alert(1)', '*', "https://a.example 'unsafe-inline'", 'https://a.example;b', 'wall.example.com', ''])(
    'refuses %j',
    (input) => {
      expect(ZEmbedOriginSchema.safeParse(input).success).toBe(false);
    },
  );
});
