import { describe, expect, it } from '@jest/globals';
import { adminKeys, ADMIN_JSON, BASE, CONFORMANCE_OPERATOR_TOKEN, expectProblem, type AdminSend } from './admin-client';

const PURGE = `${BASE}/maintenance/purge-event-history`;
const token = CONFORMANCE_OPERATOR_TOKEN;
const COUNTS = ['audit_events', 'webhook_deliveries', 'webhook_entries'];

/**
 * docs/dialects/admin.md, "Maintenance": the event-history purge, the operator alone. A black-box
 * host holds no history old enough to remove, so the counts are only checked for their shape here;
 * what the purge removes is the core's (purge-event-history.service.spec.ts) and the route test's
 * (test/express/admin-purge-route.e2e-spec.ts).
 */
export function describeAdminMaintenanceConformance(send: () => AdminSend): void {
  describe('admin: POST /roster/v1/maintenance/purge-event-history', () => {
    it('only the operator: 401 without it, 403 PERMISSION_DENIED for a tenant key, 405 for another method', async () => {
      expectProblem(await send()('POST', PURGE, { token: null, body: {} }), 401, 'UNAUTHENTICATED', 'Authentication required');
      for (const key of [adminKeys.owner, adminKeys.admin])
        expectProblem(
          await send()('POST', PURGE, { token: key, body: {} }),
          403,
          'PERMISSION_DENIED',
          'The credential lacks the permission',
        );
      const wrong = await send()('GET', PURGE, { token });
      expectProblem(wrong, 405, 'METHOD_NOT_ALLOWED', 'Method not allowed');
      expect(wrong.headers.allow).toBe('POST');
    });

    it('200 with the counts removed; 400 for a wrong field or an unknown one; 404 for an unknown tenant', async () => {
      const ran = await send()('POST', PURGE, { token, body: {} });
      expect([ran.status, ran.headers['content-type']]).toEqual([200, ADMIN_JSON]);
      expect(Object.keys(ran.json).sort()).toEqual(COUNTS);
      for (const name of COUNTS) expect(Number.isSafeInteger(ran.json[name]) && ran.json[name] >= 0).toBe(true);
      const tenants = (await send()('GET', `${BASE}/tenants`, { token })).json.data as { id: string; name: string }[];
      const acme = tenants.find((tenant) => tenant.name === 'acme')!;
      const one = await send()('POST', PURGE, { token, body: { tenant_id: acme.id, webhook_history_days: 90, batch_size: 100 } });
      expect([one.status, Object.keys(one.json).sort()]).toEqual([200, COUNTS]);
      for (const body of [{ batch_size: 0 }, { webhook_history_days: 1.5 }, { tenant_id: '' }, { older_than: 3 }]) {
        const refused = await send()('POST', PURGE, { token, body });
        expectProblem(refused, 400, 'VALIDATION_FAILED', 'The request is invalid');
        expect((refused.json.errors as { field: string }[]).map((issue) => issue.field)).toEqual(Object.keys(body));
      }
      expectProblem(await send()('POST', PURGE, { token, raw: '' }), 400, 'VALIDATION_FAILED', 'The request is invalid');
      expectProblem(
        await send()('POST', PURGE, { token, body: { tenant_id: 'no-such-tenant' } }),
        404,
        'TENANT_NOT_FOUND',
        'No such tenant',
      );
    });

    it('Idempotency-Key: the same body replays the first answer, another body is 422', async () => {
      const key = `purge-${process.pid}-${Date.now()}`;
      const first = await send()('POST', PURGE, { token, body: { batch_size: 50 }, headers: { 'Idempotency-Key': key } });
      expect(first.status).toBe(200);
      const again = await send()('POST', PURGE, { token, body: { batch_size: 50 }, headers: { 'Idempotency-Key': key } });
      expect([again.status, again.text, again.headers['idempotent-replayed']]).toEqual([200, first.text, 'true']);
      expectProblem(
        await send()('POST', PURGE, { token, body: { batch_size: 60 }, headers: { 'Idempotency-Key': key } }),
        422,
        'IDEMPOTENCY_KEY_REUSED',
        'The Idempotency-Key was used for another request',
      );
    });
  });
}
