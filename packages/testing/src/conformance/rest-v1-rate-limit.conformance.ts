import { describe, expect, it } from '@jest/globals';
import type { StartConformanceHost } from './conformance-host';
import { restKeys, useRestHost, USERS } from './rest-v1-client';

const HEADERS = ['ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset'] as const;

/**
 * docs/dialects/common.md: the example hosts turn the rest-v1 limit on at 1,000 requests per minute per
 * key. Over HTTP only the headers are checked; the 429 itself is tested in-process.
 */
export function describeRestV1RateLimitConformance(startHost: StartConformanceHost): void {
  describe('rest-v1: rate-limit headers (host limit on)', () => {
    const send = useRestHost(startHost);

    it('RateLimit-Limit, -Remaining and -Reset on answers to a known key, errors included', async () => {
      const first = await send('GET', USERS);
      const second = await send('GET', `${USERS}/usr_doesnotexist000`);
      for (const answer of [first, second]) for (const name of HEADERS) expect(answer.headers[name]).toMatch(/^\d+$/);
      expect(second.status).toBe(404);
      expect(first.headers['ratelimit-limit']).toBe('1000');
      expect(Number(second.headers['ratelimit-remaining'])).toBe(Number(first.headers['ratelimit-remaining']) - 1);
      const reset = Number(first.headers['ratelimit-reset']);
      expect(reset).toBeGreaterThanOrEqual(1);
      expect(reset).toBeLessThanOrEqual(60);
    });

    it('counts each key on its own', async () => {
      const admin = await send('GET', USERS);
      const other = await send('GET', USERS, { key: restKeys.readOnly });
      expect(other.headers['ratelimit-remaining']).toBe('999');
      expect(Number(admin.headers['ratelimit-remaining'])).toBeLessThan(999);
    });

    it('no RateLimit headers on a 401 (the request is not counted)', async () => {
      const answer = await send('GET', USERS, { key: null });
      expect(answer.status).toBe(401);
      for (const name of HEADERS) expect(answer.headers[name]).toBeUndefined();
    });
  });
}
