import type { ContractRunner } from './contract-runner';
import type { FixtureAccess } from './store-contract.types';

const NOW = new Date('2026-12-02T10:00:00.000Z');
const LATER = new Date('2026-12-03T10:00:00.000Z');
const AFTER = new Date('2026-12-03T10:00:01.000Z');

/** IdempotencyStore (when the stores have one): one claim per id, the answer kept, expiry, release. */
export function describeIdempotencyStore(fixture: FixtureAccess, runner: ContractRunner): void {
  const { describe, expect, it } = runner;
  const store = () => {
    const { idempotency } = fixture().stores;
    return idempotency;
  };
  describe('IdempotencyStore', () => {
    it('claims an id once; the holder is returned with its fingerprint, then with its answer', async () => {
      const idempotency = store();
      if (idempotency === undefined) return;
      expect(await idempotency.claim('id-1', 'fp-1', LATER, NOW)).toEqual({ claimed: true });
      expect(await idempotency.claim('id-1', 'fp-2', LATER, NOW)).toEqual({
        claimed: false,
        record: { fingerprint: 'fp-1', answer: null, expiresAt: LATER },
      });
      await idempotency.complete('id-1', 'sealed answer');
      expect(await idempotency.claim('id-1', 'fp-1', LATER, NOW)).toEqual({
        claimed: false,
        record: { fingerprint: 'fp-1', answer: 'sealed answer', expiresAt: LATER },
      });
      expect(await idempotency.claim('id-2', 'fp-1', LATER, NOW)).toEqual({ claimed: true });
    });

    it('of concurrent claims of one id exactly one wins', async () => {
      const idempotency = store();
      if (idempotency === undefined) return;
      const claims = await Promise.all(Array.from({ length: 5 }, () => idempotency.claim('race', 'fp', LATER, NOW)));
      expect(claims.filter((claim) => claim.claimed)).toHaveLength(1);
    });

    it('an expired record is replaced by a new claim; a released one can be claimed again', async () => {
      const idempotency = store();
      if (idempotency === undefined) return;
      await idempotency.claim('old', 'fp-1', LATER, NOW);
      await idempotency.complete('old', 'first');
      expect(await idempotency.claim('old', 'fp-2', new Date(AFTER.getTime() + 1000), AFTER)).toEqual({ claimed: true });
      expect(await idempotency.claim('old', 'fp-3', LATER, AFTER)).toEqual({
        claimed: false,
        record: { fingerprint: 'fp-2', answer: null, expiresAt: new Date(AFTER.getTime() + 1000) },
      });
      await idempotency.release('old');
      expect(await idempotency.claim('old', 'fp-3', LATER, NOW)).toEqual({ claimed: true });
    });
  });
}
