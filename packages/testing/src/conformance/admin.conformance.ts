import { describe, expect, it } from '@jest/globals';
import { adminClient, ADMIN_JSON, BASE, CONFORMANCE_OPERATOR_TOKEN, expectProblem, type AdminSend } from './admin-client';
import { describeAdminIdempotencyConformance } from './admin-idempotency.conformance';
import { describeAdminImportsConformance } from './admin-imports.conformance';
import { describeAdminPreconditionsConformance } from './admin-preconditions.conformance';
import { describeAdminAuditConformance } from './admin-audit.conformance';
import { describeAdminGroupsConformance } from './admin-groups.conformance';
import { describeAdminKeysConformance } from './admin-keys.conformance';
import { describeAdminMeRolesConformance } from './admin-me-roles.conformance';
import { describeAdminKeyRotationConformance } from './admin-key-rotation.conformance';
import { describeAdminTenantsConformance } from './admin-tenants.conformance';
import { describeAdminUsersConformance } from './admin-users.conformance';
import { describeAdminUserSearchConformance } from './admin-user-search.conformance';
import { describeAdminUserListConformance } from './admin-user-list.conformance';
import { describeAdminLifecycleConformance } from './admin-lifecycle.conformance';
import { describeAdminMaintenanceConformance } from './admin-maintenance.conformance';
import { describeAdminWebhooksConformance } from './admin-webhooks.conformance';
import type { StartConformanceHost } from './conformance-host';
import { useConformanceHost } from './use-conformance-host';

/**
 * Black-box conformance of the admin dialect (docs/dialects/admin.md) against a host started by
 * `startHost` with the operator token: one host for the whole suite, to keep it fast.
 */
export function describeAdminConformance(startHost: StartConformanceHost): void {
  describe('admin conformance', () => {
    const baseUrl = useConformanceHost(startHost, { operatorToken: CONFORMANCE_OPERATOR_TOKEN, webhooksAllowLoopback: true });
    let client: AdminSend | undefined;
    const send = (): AdminSend => (client ??= adminClient(baseUrl));

    describe('admin: transport', () => {
      it('X-Request-Id: a sane one is echoed, anything else is replaced by a generated one, on every answer', async () => {
        const echoed = await send()('GET', `${BASE}/users?limit=1`, { headers: { 'X-Request-Id': 'trace-42.a' } });
        expect([echoed.status, echoed.headers['x-request-id']]).toEqual([200, 'trace-42.a']);
        const replaced = await send()('GET', `${BASE}/users`, { token: null, headers: { 'X-Request-Id': 'bad id\twith spaces' } });
        expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
        const generated = await send()('GET', `${BASE}/users`, { token: null });
        expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
        expect(generated.headers['x-request-id']).not.toBe(replaced.headers['x-request-id']);
      });

      it('401 UNAUTHENTICATED problem without a key or with an unknown one', async () => {
        expectProblem(await send()('GET', `${BASE}/users`, { token: null }), 401, 'UNAUTHENTICATED', 'Authentication required');
        expectProblem(await send()('GET', `${BASE}/keys`, { token: 'rk_nobody' }), 401, 'UNAUTHENTICATED', 'Authentication required');
      });

      it('405 METHOD_NOT_ALLOWED with Allow, 413 PAYLOAD_TOO_LARGE over 1 MiB', async () => {
        const wrong = await send()('PUT', `${BASE}/users`);
        expectProblem(wrong, 405, 'METHOD_NOT_ALLOWED', 'Method not allowed');
        expect(wrong.headers.allow).toBe('GET, POST');
        const big = await send()('POST', `${BASE}/users`, {
          raw: `{"email":"${'a'.repeat(1024 * 1024)}"}`,
          headers: { 'Content-Type': 'application/json' },
        });
        expectProblem(big, 413, 'PAYLOAD_TOO_LARGE', 'Payload too large');
      });

      it('GET /roster/v1/openapi.json 200: an OpenAPI 3.1 document of every admin route', async () => {
        const answer = await send()('GET', `${BASE}/openapi.json`, { token: null });
        expect([answer.status, answer.headers['content-type'], answer.json.openapi]).toEqual([200, ADMIN_JSON, '3.1.0']);
        expect(Object.keys(answer.json.paths as object).sort()).toEqual(
          [
            '/audit-events',
            '/audit-events/export',
            '/groups',
            '/groups/{id}',
            '/groups/{id}/members',
            '/groups/{id}/members/{userId}',
            '/openapi.json',
            '/imports',
            '/imports/{id}',
            '/keys',
            '/keys/{id}',
            '/maintenance/purge-event-history',
            '/me',
            '/roles',
            '/keys/{id}/rotate',
            '/tenants',
            '/tenants/{id}',
            '/users',
            '/users/{id}',
            '/users/{id}/restore',
            '/webhooks',
            '/webhooks/{id}',
            '/webhooks/{id}/rotate-secret',
            '/webhooks/{id}/deliveries',
            '/webhooks/{id}/deliveries/{deliveryId}/redeliver',
          ]
            .map((path) => `${BASE}${path}`)
            .sort(),
        );
      });
    });

    describeAdminUsersConformance(send);
    describeAdminUserSearchConformance(send);
    describeAdminUserListConformance(send, baseUrl);
    describeAdminLifecycleConformance(send);
    describeAdminKeysConformance(send);
    describeAdminGroupsConformance(send);
    describeAdminMeRolesConformance(send);
    describeAdminKeyRotationConformance(send);
    describeAdminAuditConformance(send, baseUrl);
    describeAdminTenantsConformance(send);
    describeAdminMaintenanceConformance(send);
    describeAdminIdempotencyConformance(send);
    describeAdminPreconditionsConformance(send);
    describeAdminWebhooksConformance(send);
    // Last: its users would change the counts the others read.
    describeAdminImportsConformance(send);
  });
}
