import express from 'express';
import { createRoster, SilentLogger, type Roster, type RosterStores } from '@roster/core';
import { createAdminDialect } from '@roster/core/http';
import { createRosterRouter } from '@roster/express';
import { createMemoryStores } from '@roster/memory';
import { makeAuditEvent, makeTenant, makeWebhookEndpoint, sendRequest } from '@roster/testing';
import { listen, type Listening } from './listen';

/**
 * docs/dialects/admin.md, "Maintenance": POST /roster/v1/maintenance/purge-event-history on an
 * Express host over real HTTP runs `roster.purgeEventHistory()` and answers what it removed. The
 * history is written to the stores first, backdated (a black-box host has none old enough).
 */
jest.setTimeout(30_000);

const OPERATOR = 'purge-route-operator-token-4f1a';
const PURGE = '/roster/v1/maintenance/purge-event-history';
const DAY_MS = 86_400_000;
const daysAgo = (days: number): Date => new Date(Date.now() - days * DAY_MS);

describe('the event-history purge route (Express 5, memory)', () => {
  let stores: RosterStores;
  let roster: Roster;
  let host: Listening;

  beforeAll(async () => {
    stores = createMemoryStores();
    roster = createRoster({ stores, logger: new SilentLogger() });
    const app = express();
    app.use(createRosterRouter({ roster, dialects: [createAdminDialect(roster, { operatorToken: OPERATOR })] }));
    host = await listen(app);
  });
  afterAll(async () => {
    await host.close();
    await roster.close();
  });

  const purge = async (body: unknown) => {
    const answer = await sendRequest(host.baseUrl, {
      method: 'POST',
      path: PURGE,
      headers: { authorization: `Bearer ${OPERATOR}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: answer.status, json: JSON.parse(answer.text) as unknown };
  };

  it('removes the audit events past each tenant’s retention and the old webhook history, and answers the counts', async () => {
    const kept = makeTenant({ auditRetentionDays: 30 });
    const forever = makeTenant();
    for (const tenant of [kept, forever]) await stores.tenants.saveTenant(tenant);
    for (const days of [400, 31, 29, 1]) {
      await stores.auditEvents.append(makeAuditEvent({ tenantId: kept.id, occurredAt: daysAgo(days) }));
      await stores.auditEvents.append(makeAuditEvent({ tenantId: forever.id, occurredAt: daysAgo(days) }));
    }
    const createdAt = daysAgo(60);
    await stores.webhooks.create(
      makeWebhookEndpoint({ id: 'whep_purge', tenantId: kept.id, url: 'https://93.184.215.14/hook', createdAt }),
    );
    const entry = (n: number, days: number, status: 'pending' | 'delivered') => ({
      id: `whmsg_purge_${n}`,
      endpointId: 'whep_purge',
      eventId: `evt_purge_${n}`,
      eventType: 'user.updated' as const,
      payload: '{}',
      status,
      attemptCount: 0,
      createdAt: daysAgo(days),
    });
    await stores.unitOfWork.run((tx) =>
      tx.webhookOutbox.enqueue([entry(1, 45, 'delivered'), entry(2, 45, 'pending'), entry(3, 2, 'delivered')]),
    );
    for (const [n, days] of [
      [1, 45],
      [3, 2],
    ] as const)
      await stores.webhooks.appendDelivery({
        id: `whdl_purge_${n}`,
        endpointId: 'whep_purge',
        messageId: `whmsg_purge_${n}`,
        eventId: `evt_purge_${n}`,
        attempt: 1,
        attemptedAt: daysAgo(days),
        status: 204,
        latencyMs: 3,
        responseSnippet: '',
        outcome: 'delivered',
      });

    // One tenant first: only its audit events; the webhook history is purged across tenants either way.
    expect(await purge({ tenant_id: forever.id, batch_size: 1 })).toEqual({
      status: 200,
      json: { audit_events: 0, webhook_entries: 1, webhook_deliveries: 1 },
    });
    expect(await purge({ batch_size: 1 })).toEqual({ status: 200, json: { audit_events: 2, webhook_entries: 0, webhook_deliveries: 0 } });
    expect(await purge({})).toEqual({ status: 200, json: { audit_events: 0, webhook_entries: 0, webhook_deliveries: 0 } });

    const ages = async (tenantId: string) =>
      (await stores.auditEvents.list({ tenantId, limit: 10 })).map((one) => Math.round((Date.now() - one.occurredAt.getTime()) / DAY_MS));
    expect(await ages(kept.id)).toEqual([1, 29]);
    expect(await ages(forever.id)).toEqual([1, 29, 31, 400]);
    expect((await stores.webhooks.pendingEntries('whep_purge', 10)).map((one) => one.id)).toEqual(['whmsg_purge_2']);
    expect((await stores.webhooks.listDeliveries({ endpointId: 'whep_purge', limit: 10 })).map((one) => one.id)).toEqual(['whdl_purge_3']);
  });
});
