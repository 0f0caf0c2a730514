import { RateLimiterMemory } from 'rate-limiter-flexible';
import { RosterError } from '../errors';
import type { FlexibleLimiter } from './flexible-rate-limiter';
import { MemoryRateLimiterFactory, RateLimiterFlexibleFactory, rateLimiterFlexibleOptions } from './rate-limiter.factory';

const policy = { points: 3, durationSeconds: 60 };

describe('MemoryRateLimiterFactory', () => {
  afterEach(() => jest.useRealTimers());

  it('starts a key fresh, and peek uses no point', async () => {
    const limiter = new MemoryRateLimiterFactory().create('login', policy);
    const fresh = { allowed: true, limit: 3, remaining: 3, resetSeconds: 0 };
    expect(await limiter.peek('a')).toEqual(fresh);
    expect(await limiter.peek('a')).toEqual(fresh);
    expect(limiter.policy).toEqual(policy);
  });

  it('counts hits down, then answers allowed:false with resetSeconds instead of throwing', async () => {
    const limiter = new MemoryRateLimiterFactory().create('login', policy);
    const remaining: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const state = await limiter.hit('a');
      expect(state.allowed).toBe(true);
      remaining.push(state.remaining);
    }
    expect(remaining).toEqual([2, 1, 0]);
    const peeked = await limiter.peek('a');
    expect(peeked).toMatchObject({ allowed: false, remaining: 0, limit: 3 });

    const denied = await limiter.hit('a');
    expect(denied).toMatchObject({ allowed: false, remaining: 0, limit: 3 });
    expect(denied.resetSeconds).toBeGreaterThan(0);
    expect(denied.resetSeconds).toBeLessThanOrEqual(60);
    expect((await limiter.peek('a')).remaining).toBe(0);
  });

  it('keeps keys apart, and peek after one hit shows the window', async () => {
    const limiter = new MemoryRateLimiterFactory().create('login', policy);
    await limiter.hit('a');
    expect(await limiter.peek('b')).toMatchObject({ allowed: true, remaining: 3 });
    const a = await limiter.peek('a');
    expect(a).toMatchObject({ allowed: true, remaining: 2 });
    expect(a.resetSeconds).toBeGreaterThan(58);
  });

  it('reset deletes the key', async () => {
    const limiter = new MemoryRateLimiterFactory().create('login', policy);
    for (let i = 0; i < 4; i += 1) await limiter.hit('a');
    await limiter.reset('a');
    expect(await limiter.peek('a')).toMatchObject({ allowed: true, remaining: 3 });
    expect(await limiter.hit('a')).toMatchObject({ allowed: true, remaining: 2 });
  });

  it('lets a key in again once its window has passed', async () => {
    jest.useFakeTimers();
    const limiter = new MemoryRateLimiterFactory().create('burst', { points: 1, durationSeconds: 10 });
    await limiter.hit('a');
    expect((await limiter.hit('a')).allowed).toBe(false);
    jest.advanceTimersByTime(10_001);
    expect(await limiter.hit('a')).toMatchObject({ allowed: true, remaining: 0 });
  });

  it('shares counts for one name and policy, not across names', async () => {
    const factory = new MemoryRateLimiterFactory();
    await factory.create('login', policy).hit('a');
    expect((await factory.create('login', policy).peek('a')).remaining).toBe(2);
    expect((await factory.create('api', policy).peek('a')).remaining).toBe(3);
  });

  it.each([
    { points: 0, durationSeconds: 60 },
    { points: 3, durationSeconds: 0 },
    { points: 1.5, durationSeconds: 60 },
  ])('refuses the policy %p', (bad) => {
    expect(() => new MemoryRateLimiterFactory().create('x', bad)).toThrow(RosterError);
  });
});

describe('RateLimiterFlexibleFactory', () => {
  it('uses the limiter the host builds, with the name as key prefix', async () => {
    const built: string[] = [];
    const factory = new RateLimiterFlexibleFactory((name, p) => {
      built.push(name);
      return new RateLimiterMemory(rateLimiterFlexibleOptions(name, p));
    });
    const limiter = factory.create('api', policy);
    expect(built).toEqual(['api']);
    expect((await limiter.hit('k')).remaining).toBe(2);
    expect(rateLimiterFlexibleOptions('api', policy)).toEqual({ keyPrefix: 'roster:api', points: 3, duration: 60 });
  });

  it('refuses a limiter built with other points than the policy', () => {
    const factory = new RateLimiterFlexibleFactory(() => new RateLimiterMemory({ points: 99, duration: 60 }));
    expect(() => factory.create('api', policy)).toThrow(RosterError);
  });

  it('peeks a window that has run out but is still stored as fresh', async () => {
    const stale = { consumedPoints: 9, msBeforeNext: -20, remainingPoints: 0, isFirstInDuration: false };
    const never = () => Promise.reject(new Error('not used'));
    const store: FlexibleLimiter = { get: async () => stale as never, consume: never, delete: never, reward: never };
    const limiter = new RateLimiterFlexibleFactory(() => store).create('api', policy);
    expect(await limiter.peek('k')).toEqual({ allowed: true, limit: 3, remaining: 3, resetSeconds: 0 });
  });

  it('reward gives one point back', async () => {
    const limiter = new MemoryRateLimiterFactory().create('reward', policy);
    await limiter.hit('k');
    await limiter.hit('k');
    await limiter.reward!('k');
    expect((await limiter.peek('k')).remaining).toBe(2);
  });

  it('turns a failing store into STORE_UNAVAILABLE on every method', async () => {
    const down = () => Promise.reject(new Error('ECONNREFUSED'));
    const broken: FlexibleLimiter = { get: down, consume: down, delete: down, reward: down };
    const limiter = new RateLimiterFlexibleFactory(() => broken).create('api', policy);
    for (const call of [() => limiter.peek('k'), () => limiter.hit('k'), () => limiter.reset('k'), () => limiter.reward!('k')]) {
      const error = await call().catch((e: unknown) => e);
      expect(RosterError.is(error, 'STORE_UNAVAILABLE')).toBe(true);
    }
  });
});
