import { describe, expect, it, vi } from 'vitest';
import type { TSession } from '~/server/trpc/context';
import { createAuthCache } from './auth-cache';

const sessionOf = (id: string, expiresInMs = 60_000) =>
  ({ session: { id, userId: 'u1', expiresAt: new Date(Date.now() + expiresInMs), activeOrganizationId: 'o1' }, user: { id: 'u1', name: 'Ana' } }) as unknown as TSession;
const member = { memberId: 'm1', role: 'rep' as const };
const options = { sessionTtlMs: 10_000, membershipTtlMs: 5_000, maxEntries: 3 };

describe('createAuthCache', () => {
  it('reads a cookie’s session once while fresh, and again after the TTL', async () => {
    vi.useFakeTimers();
    const cache = createAuthCache(options);
    const load = vi.fn(async () => sessionOf('s1'));
    await cache.session('c=1', load);
    await cache.session('c=1', load);
    expect(load).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_001);
    await cache.session('c=1', load);
    expect(load).toHaveBeenCalledTimes(2);
    vi.useRealTimers();
  });

  it('never keeps a missing session, an expired one, or a request without cookies', async () => {
    const cache = createAuthCache(options);
    const none = vi.fn(async () => null);
    await cache.session('c=x', none);
    await cache.session('c=x', none);
    expect(none).toHaveBeenCalledTimes(2);
    const expired = vi.fn(async () => sessionOf('s2', -1));
    await cache.session('c=2', expired);
    await cache.session('c=2', expired);
    expect(expired).toHaveBeenCalledTimes(2);
    const anonymous = vi.fn(async () => sessionOf('s3'));
    await cache.session(undefined, anonymous);
    await cache.session(undefined, anonymous);
    expect(anonymous).toHaveBeenCalledTimes(2);
  });

  it('drops a signed-out session and the memberships of a removed or re-roled member at once', async () => {
    const cache = createAuthCache(options);
    const load = vi.fn(async () => sessionOf('s1'));
    await cache.session('c=1', load);
    cache.apply({ kind: 'signed-out', userId: 'u1', sessionId: 's1' });
    await cache.session('c=1', load);
    expect(load).toHaveBeenCalledTimes(2);

    const lookUp = vi.fn(async () => member);
    await cache.membership('u1', 'o1', lookUp);
    await cache.membership('u1', 'o1', lookUp);
    expect(lookUp).toHaveBeenCalledTimes(1);
    cache.apply({ kind: 'removed', userId: 'u1', organizationId: 'o1' });
    await cache.membership('u1', 'o1', lookUp);
    expect(lookUp).toHaveBeenCalledTimes(2);
    cache.apply({ kind: 'role', userId: 'u1', organizationId: 'o1' });
    await cache.membership('u1', 'o1', lookUp);
    expect(lookUp).toHaveBeenCalledTimes(3);
  });

  it('does not store a read that started before a drop (it may predate the change)', async () => {
    const cache = createAuthCache(options);
    let release!: (s: TSession) => void;
    const slow = () => new Promise<TSession>((resolve) => (release = resolve));
    const pending = cache.session('c=1', slow);
    cache.forgetCookie('c=1');
    release(sessionOf('s1'));
    await pending;
    const load = vi.fn(async () => sessionOf('s1'));
    await cache.session('c=1', load);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('shares one read between concurrent misses, but not across a drop', async () => {
    const cache = createAuthCache(options);
    let release!: (s: TSession) => void;
    const load = vi.fn(() => new Promise<TSession>((resolve) => (release = resolve)));
    const first = [cache.session('c=1', load), cache.session('c=1', load)];
    expect(load).toHaveBeenCalledTimes(1);
    release(sessionOf('s1'));
    expect((await Promise.all(first)).map((s) => s?.session.id)).toEqual(['s1', 's1']);

    cache.forgetCookie('c=1');
    const before = cache.session('c=1', load);
    const releaseBefore = release;
    cache.apply({ kind: 'signed-out', userId: 'u1', sessionId: 's0' });
    const after = cache.session('c=1', load);
    expect(load).toHaveBeenCalledTimes(3);
    releaseBefore(sessionOf('s1'));
    release(sessionOf('s2'));
    expect((await before)?.session.id).toBe('s1');
    expect((await after)?.session.id).toBe('s2');

    const lookUp = vi.fn(async () => member);
    await Promise.all([cache.membership('u1', 'o1', lookUp), cache.membership('u1', 'o1', lookUp)]);
    expect(lookUp).toHaveBeenCalledTimes(1);
  });

  it('keeps no missing membership (a new member gets in at once) and at most maxEntries sessions', async () => {
    const cache = createAuthCache(options);
    const none = vi.fn(async () => null);
    await cache.membership('u1', 'o2', none);
    await cache.membership('u1', 'o2', none);
    expect(none).toHaveBeenCalledTimes(2);
    for (const n of [1, 2, 3, 4]) await cache.session(`c=${n}`, async () => sessionOf(`s${n}`));
    const first = vi.fn(async () => sessionOf('s1'));
    await cache.session('c=1', first);
    expect(first).toHaveBeenCalledTimes(1);
  });
});
