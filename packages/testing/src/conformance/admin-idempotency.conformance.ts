import { describe, expect, it } from '@jest/globals';
import { adminKeys, BASE, CONFORMANCE_OPERATOR_TOKEN, expectProblem, type AdminSend } from './admin-client';

let sequence = 0;
const fresh = (label: string): string => `${label}-${process.pid}-${Date.now()}-${++sequence}`;

/** docs/dialects/admin.md, "Idempotency-Key": replay, 422 on another body, 409 while running, per credential. */
export function describeAdminIdempotencyConformance(send: () => AdminSend): void {
  describe('admin: Idempotency-Key on POST', () => {
    it('same key and body: the first answer again (status, body, Location, ETag), marked Idempotent-Replayed, one user', async () => {
      const key = fresh('create-user');
      const email = `${key}@example.com`;
      const first = await send()('POST', `${BASE}/users`, { body: { email, first_name: 'Once' }, headers: { 'Idempotency-Key': key } });
      expect(first.status).toBe(201);
      expect(first.headers['idempotent-replayed']).toBeUndefined();
      const again = await send()('POST', `${BASE}/users`, {
        body: { email, first_name: 'Once' },
        headers: { 'Idempotency-Key': `"${key}"` },
      });
      expect([again.status, again.text, again.headers.location, again.headers.etag, again.headers['content-type']]).toEqual([
        201,
        first.text,
        first.headers.location,
        first.headers.etag,
        first.headers['content-type'],
      ]);
      expect(again.headers['idempotent-replayed']).toBe('true');
      const listed = await send()('GET', `${BASE}/users?limit=100`);
      expect((listed.json.data as { email: string }[]).filter((user) => user.email === email)).toHaveLength(1);
    });

    it('same key, another body: 422 IDEMPOTENCY_KEY_REUSED, nothing created', async () => {
      const key = fresh('reuse');
      expect(
        (await send()('POST', `${BASE}/users`, { body: { email: `${key}@example.com` }, headers: { 'Idempotency-Key': key } })).status,
      ).toBe(201);
      const other = await send()('POST', `${BASE}/users`, { body: { email: `${key}-2@example.com` }, headers: { 'Idempotency-Key': key } });
      expectProblem(other, 422, 'IDEMPOTENCY_KEY_REUSED', 'The Idempotency-Key was used for another request');
      expect((await send()('GET', `${BASE}/users?limit=100`)).text).not.toContain(`${key}-2@example.com`);
    });

    it('keys are per credential: another key with the same Idempotency-Key runs its own request', async () => {
      const key = fresh('scope');
      const mine = await send()('POST', `${BASE}/users`, { body: { email: `${key}@example.com` }, headers: { 'Idempotency-Key': key } });
      const theirs = await send()('POST', `${BASE}/users`, {
        token: adminKeys.globex,
        body: { email: `${key}@example.com` },
        headers: { 'Idempotency-Key': key },
      });
      expect([mine.status, theirs.status, theirs.headers['idempotent-replayed']]).toEqual([201, 201, undefined]);
      expect(theirs.json.id).not.toBe(mine.json.id);
    });

    it('a failure keeps nothing: the same key may be sent again once the request is fixed… with the same body it fails again, not replays', async () => {
      const key = fresh('failure');
      const invalid = await send()('POST', `${BASE}/users`, { body: { email: 'not an e-mail' }, headers: { 'Idempotency-Key': key } });
      expectProblem(invalid, 400, 'VALIDATION_FAILED', 'The request is invalid');
      const fixed = await send()('POST', `${BASE}/users`, { body: { email: `${key}@example.com` }, headers: { 'Idempotency-Key': key } });
      expect([fixed.status, fixed.headers['idempotent-replayed']]).toEqual([201, undefined]);
    });

    it('concurrent duplicates: each answer is the one success or 409 IDEMPOTENCY_KEY_IN_FLIGHT; one user is created', async () => {
      const key = fresh('race');
      const email = `${key}@example.com`;
      const answers = await Promise.all(
        Array.from({ length: 6 }, () => send()('POST', `${BASE}/users`, { body: { email }, headers: { 'Idempotency-Key': key } })),
      );
      const created = answers.filter((answer) => answer.status === 201);
      expect(new Set(created.map((answer) => answer.text)).size).toBe(1);
      for (const answer of answers.filter((one) => one.status !== 201)) {
        expectProblem(answer, 409, 'IDEMPOTENCY_KEY_IN_FLIGHT', 'A request with this Idempotency-Key is still running');
      }
      const listed = await send()('GET', `${BASE}/users?limit=100`);
      expect((listed.json.data as { email: string }[]).filter((user) => user.email === email)).toHaveLength(1);
    });

    it('key creation replays its secret only to the same credential and key; a malformed key is 400', async () => {
      const key = fresh('new-key');
      const body = { name: key.slice(0, 90), role: 'user', permissions: ['user:read'] };
      const first = await send()('POST', `${BASE}/keys`, { body, headers: { 'Idempotency-Key': key } });
      const again = await send()('POST', `${BASE}/keys`, { body, headers: { 'Idempotency-Key': key } });
      expect([first.status, again.status, again.text, again.headers['cache-control']]).toEqual([201, 201, first.text, 'no-store']);
      const bad = await send()('POST', `${BASE}/keys`, { body, headers: { 'Idempotency-Key': 'é' } });
      expectProblem(bad, 400, 'VALIDATION_FAILED', 'The request is invalid');
      expect(bad.json.errors).toEqual([{ field: 'Idempotency-Key', message: 'must be 1 to 255 printable ASCII characters' }]);
    });

    it('tenant creation by the operator replays too', async () => {
      const key = fresh('tenant');
      const body = { name: key };
      const first = await send()('POST', `${BASE}/tenants`, {
        token: CONFORMANCE_OPERATOR_TOKEN,
        body,
        headers: { 'Idempotency-Key': key },
      });
      const again = await send()('POST', `${BASE}/tenants`, {
        token: CONFORMANCE_OPERATOR_TOKEN,
        body,
        headers: { 'Idempotency-Key': key },
      });
      expect([first.status, again.status, again.text, again.headers['idempotent-replayed']]).toEqual([201, 201, first.text, 'true']);
      await send()('DELETE', `${BASE}/tenants/${first.json.id as string}`, { token: CONFORMANCE_OPERATOR_TOKEN });
    });
  });
}
