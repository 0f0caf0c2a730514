import { MemoryRateLimiterFactory } from '../../../defaults';
import type { Actor } from '../../../domain';
import { createKeyRateLimit } from './rest-v1.rate-limit';

const actor = (id: string, tenantId = 't1'): Actor => ({
  tenantId,
  kind: 'apiKey',
  id,
  role: 'administrator',
  permissions: new Set(),
  scopeOrganizationId: null,
  organizationId: null,
});

describe('rest-v1 per-key rate limit', () => {
  it('is off unless the host sets a policy', () => {
    const factory = new MemoryRateLimiterFactory();
    expect(createKeyRateLimit(factory, undefined)).toBeNull();
    expect(createKeyRateLimit(factory, false)).toBeNull();
  });

  it('counts down per key, then refuses with 429, Retry-After and the RateLimit-* headers', async () => {
    const limit = createKeyRateLimit(new MemoryRateLimiterFactory(), { points: 2, durationSeconds: 60 })!;
    const first = await limit.hit(actor('k1'));
    expect(first.refusal).toBeNull();
    expect(first.headers).toEqual({ 'RateLimit-Limit': '2', 'RateLimit-Remaining': '1', 'RateLimit-Reset': '60' });
    expect((await limit.hit(actor('k1'))).headers['RateLimit-Remaining']).toBe('0');
    const third = await limit.hit(actor('k1'));
    expect(third.refusal).not.toBeNull();
    expect(third.refusal!.status).toBe(429);
    expect(third.refusal!.body).toBe('{"success":false,"message":"Rate limit exceeded"}');
    expect(third.refusal!.headers).toMatchObject({ 'RateLimit-Limit': '2', 'RateLimit-Remaining': '0', 'Retry-After': '60' });
    expect(Number(third.refusal!.headers['RateLimit-Reset'])).toBeGreaterThan(0);
  });

  it('keeps keys apart, across tenants too', async () => {
    const limit = createKeyRateLimit(new MemoryRateLimiterFactory(), { points: 1, durationSeconds: 60 })!;
    expect((await limit.hit(actor('k1'))).refusal).toBeNull();
    expect((await limit.hit(actor('k2'))).refusal).toBeNull();
    expect((await limit.hit(actor('k1', 't2'))).refusal).toBeNull();
    expect((await limit.hit(actor('k1'))).refusal).not.toBeNull();
  });
});
