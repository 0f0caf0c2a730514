import { describe, expect, it } from '@jest/globals';
import { ADMIN_JSON, BASE, expectProblem, KEY_KEYS, type AdminSend } from './admin-client';

const KEYS = `${BASE}/keys`;
const UNKNOWN = 'rk_nobody_has_this_key_0000000000000000000';
let sequence = 0;
const fresh = (label: string): string => `${label}-${process.pid}-${Date.now()}-${++sequence}`;

interface WireKey {
  readonly id: string;
  readonly secret: string;
  readonly expires_at: string | null;
}

/**
 * docs/dialects/admin.md, "API keys": `expires_at` on create, and `POST /keys/{id}/rotate` (a new key,
 * the old secret kept for `grace_seconds`). What needs time to pass (an expiry reached, a grace period
 * ending) is in test/express/key-expiry.e2e-spec.ts, on a host with a clock of its own.
 */
export function describeAdminKeyRotationConformance(send: () => AdminSend): void {
  const create = async (body: Record<string, unknown> = {}): Promise<WireKey> => {
    const created = await send()('POST', KEYS, { body: { name: 'rotating', role: 'user', permissions: ['user:read'], ...body } });
    expect(created.status).toBe(201);
    return created.json as WireKey;
  };
  /** The answers a secret gets from the admin API and from rest-v1. */
  const answers = async (secret: string): Promise<[number, string, number, string]> => {
    const admin = await send()('GET', `${BASE}/users?limit=1`, { token: secret });
    const rest = await send()('GET', '/api/v1/users?limit=1', { token: secret });
    return [admin.status, admin.status === 401 ? admin.text : '', rest.status, rest.status === 401 ? rest.text : ''];
  };

  describe('admin: key expiry and rotation', () => {
    it('POST /keys with expires_at: stored and shown in every key answer; the key works until then', async () => {
      const expiresAt = '2999-01-31T12:30:00.250Z';
      const key = await create({ expires_at: '2999-01-31T13:30:00.250+01:00' });
      expect(key.expires_at).toBe(expiresAt);
      expect((await send()('GET', `${KEYS}/${key.id}`)).json.expires_at).toBe(expiresAt);
      const listed = (await send()('GET', KEYS)).json.data as WireKey[];
      expect(listed.find((one) => one.id === key.id)?.expires_at).toBe(expiresAt);
      expect((await answers(key.secret))[0]).toBe(200);
    });

    it('POST /keys refuses an expiry in the past, or not an RFC 3339 date-time (400 VALIDATION_FAILED on expires_at)', async () => {
      for (const expires_at of ['2001-01-01T00:00:00Z', '2999-01-31', 'tomorrow', 42]) {
        const refused = await send()('POST', KEYS, { body: { name: 'x', role: 'user', expires_at } });
        expectProblem(refused, 400, 'VALIDATION_FAILED', 'The request is invalid');
        expect((refused.json.errors as { field: string }[]).map((issue) => issue.field)).toEqual(['expires_at']);
      }
      expect((await send()('POST', KEYS, { body: { name: 'x', role: 'user', expires_at: null } })).json.expires_at).toBeNull();
    });

    it('POST /keys/{id}/rotate 201: a new key and secret (shown once), same grants and expiry; the old secret is refused at once like an unknown key', async () => {
      const old = await create({ expires_at: '2999-06-01T00:00:00.000Z' });
      // Used first, so the old key sits in the store cache when it is rotated.
      expect((await answers(old.secret))[0]).toBe(200);
      const rotated = await send()('POST', `${KEYS}/${old.id}/rotate`, { body: {} });
      expect([rotated.status, rotated.headers['content-type'], rotated.headers['cache-control']]).toEqual([201, ADMIN_JSON, 'no-store']);
      expect(Object.keys(rotated.json).sort()).toEqual([...KEY_KEYS, 'replaced', 'secret'].sort());
      const key = rotated.json as WireKey & Record<string, unknown>;
      expect(key).toMatchObject({
        name: 'rotating',
        role: 'user',
        permissions: ['user:read'],
        expires_at: '2999-06-01T00:00:00.000Z',
        last_used_at: null,
        replaced: { id: old.id, expires_at: null },
      });
      expect(key.id).not.toBe(old.id);
      expect(key.secret).toMatch(/^rk_[A-Za-z0-9_-]{40}$/);
      expect(key.secret).not.toBe(old.secret);
      expect(rotated.headers.location).toBe(`${KEYS}/${key.id}`);

      expect(await answers(old.secret)).toEqual(await answers(UNKNOWN));
      expect((await answers(key.secret))[0]).toBe(200);
      expectProblem(await send()('GET', `${KEYS}/${old.id}`), 404, 'API_KEY_NOT_FOUND', 'No such API key');
      expect((await send()('GET', `${KEYS}/${key.id}`)).text).not.toContain(key.secret);
    });

    it('grace_seconds: both secrets work during the grace period; the old key shows when it ends', async () => {
      const old = await create();
      const rotated = await send()('POST', `${KEYS}/${old.id}/rotate`, { body: { grace_seconds: 3600 } });
      expect(rotated.status).toBe(201);
      const graceEnd = (rotated.json.replaced as { expires_at: string }).expires_at;
      expect(Date.parse(graceEnd)).toBeGreaterThan(Date.now());
      expect((await send()('GET', `${KEYS}/${old.id}`)).json.expires_at).toBe(graceEnd);
      expect((await answers(old.secret))[0]).toBe(200);
      expect((await answers(rotated.json.secret as string))[0]).toBe(200);
      // Rotating the new key with no grace leaves the old one its own grace period.
      const again = await send()('POST', `${KEYS}/${rotated.json.id}/rotate`, { body: { grace_seconds: 0 } });
      expect(again.status).toBe(201);
      expect(await answers(rotated.json.secret as string)).toEqual(await answers(UNKNOWN));
      expect((await answers(old.secret))[0]).toBe(200);
    });

    it('records api_key.rotated in the audit trail, naming the new key', async () => {
      const old = await create();
      const rotated = await send()('POST', `${KEYS}/${old.id}/rotate`, { body: { grace_seconds: 60 } });
      const trail = await send()('GET', `${BASE}/audit-events?type=api_key.rotated&target=${old.id}`);
      expect(trail.status).toBe(200);
      const events = trail.json.data as { type: string; target: { id: string }; changes: { field: string; after: unknown }[] }[];
      expect(events).toHaveLength(1);
      expect(events[0]?.changes).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: 'replacedBy', after: rotated.json.id })]),
      );
      expect(trail.text).not.toContain(rotated.json.secret as string);
    });

    it('Idempotency-Key: the same rotation sent twice is answered once (one new key, same secret replayed)', async () => {
      const old = await create();
      const headers = { 'Idempotency-Key': fresh('rotate') };
      const first = await send()('POST', `${KEYS}/${old.id}/rotate`, { body: { grace_seconds: 60 }, headers });
      const again = await send()('POST', `${KEYS}/${old.id}/rotate`, { body: { grace_seconds: 60 }, headers });
      expect([first.status, again.status, again.text, again.headers['idempotent-replayed']]).toEqual([201, 201, first.text, 'true']);
      const other = await send()('POST', `${KEYS}/${old.id}/rotate`, { body: { grace_seconds: 61 }, headers });
      expectProblem(other, 422, 'IDEMPOTENCY_KEY_REUSED', 'The Idempotency-Key was used for another request');
      const listed = (await send()('GET', KEYS)).json.data as { id: string; name: string }[];
      expect(listed.filter((key) => key.id === first.json.id)).toHaveLength(1);
    });

    it('rotate: 404 for an unknown key, 400 on a bad grace_seconds or an unknown field, 405 on another method', async () => {
      expectProblem(await send()('POST', `${KEYS}/key_nobody/rotate`, { body: {} }), 404, 'API_KEY_NOT_FOUND', 'No such API key');
      const old = await create();
      for (const body of [
        { grace_seconds: -1 },
        { grace_seconds: 1.5 },
        { grace_seconds: 2592001 },
        { grace_seconds: '60' },
        { grace: 60 },
      ]) {
        expectProblem(await send()('POST', `${KEYS}/${old.id}/rotate`, { body }), 400, 'VALIDATION_FAILED', 'The request is invalid');
      }
      const wrong = await send()('GET', `${KEYS}/${old.id}/rotate`);
      expectProblem(wrong, 405, 'METHOD_NOT_ALLOWED', 'Method not allowed');
      expect(wrong.headers.allow).toBe('POST');
      expect((await answers(old.secret))[0]).toBe(200);
    });
  });
}
