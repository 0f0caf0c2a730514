import { makeAuditEvent } from '@roster/testing';
import type { AuditEvent, WebhookOutboxEntry } from '../../ports';
import { actorOf, setupRoster, type TestRoster } from '../roster-test.fixture';

const DAY_MS = 86_400_000;

describe('roster.purgeEventHistory', () => {
  let t: TestRoster;
  const admin = actorOf('administrator');
  const daysAgo = (days: number): Date => new Date(t.clock.now().getTime() - days * DAY_MS);
  const event = (tenantId: string, at: Date): AuditEvent => makeAuditEvent({ tenantId, occurredAt: at });
  const ages = async (tenantId: string): Promise<number[]> =>
    (await t.stores.auditEvents.list({ tenantId, limit: 100 })).map((one) =>
      Math.round((t.clock.now().getTime() - one.occurredAt.getTime()) / DAY_MS),
    );

  beforeEach(async () => {
    t = await setupRoster({ auditRetentionDays: 90 });
    const { auditRetentionDays: _none, ...forever } = t.tenant;
    await t.stores.tenants.saveTenant({ ...forever, id: 't2', name: 'forever', hosts: [] });
    for (const days of [400, 200, 91, 89, 1]) {
      await t.stores.auditEvents.append(event('t1', daysAgo(days)));
      await t.stores.auditEvents.append(event('t2', daysAgo(days)));
    }
  });

  it('removes the audit events past each tenant’s retention, in batches, and keeps every event of a tenant without one', async () => {
    expect(await t.roster.purgeEventHistory({ batchSize: 2 })).toEqual({ auditEvents: 3, webhookEntries: 0, webhookDeliveries: 0 });
    expect(await ages('t1')).toEqual([1, 89]);
    expect(await ages('t2')).toEqual([1, 89, 91, 200, 400]);
    expect(await t.roster.purgeEventHistory()).toEqual({ auditEvents: 0, webhookEntries: 0, webhookDeliveries: 0 });
  });

  it('takes one tenant, and a tenant whose retention is set through the operator routes', async () => {
    await t.roster.tenantAdmin.update('t2', { auditRetentionDays: 100 });
    expect((await t.roster.purgeEventHistory({ tenantId: 't2' })).auditEvents).toBe(2);
    expect(await ages('t1')).toHaveLength(5);
    expect(await ages('t2')).toEqual([1, 89, 91]);
    await t.roster.tenantAdmin.update('t1', { auditRetentionDays: null });
    expect((await t.roster.tenantAdmin.get('t1')).auditRetentionDays).toBeUndefined();
    expect((await t.roster.purgeEventHistory()).auditEvents).toBe(0);
    expect(await ages('t1')).toHaveLength(5);
    expect((await t.roster.purgeEventHistory({ tenantId: 'no-such-tenant' })).auditEvents).toBe(0);
  });

  it('removes delivered outbox entries and delivery-log rows older than the webhook history age (default 30 days)', async () => {
    const { endpoint } = await t.roster.webhooks.create(admin, { url: 'https://93.184.215.14/hook' });
    const entry = (i: number, days: number, status: WebhookOutboxEntry['status']): WebhookOutboxEntry => ({
      id: `whmsg_${i}`,
      endpointId: endpoint.id,
      eventId: `evt_${i}`,
      eventType: 'user.updated',
      payload: '{}',
      status,
      attemptCount: 0,
      createdAt: daysAgo(days),
    });
    const entries = [
      entry(1, 40, 'delivered'),
      entry(2, 31, 'delivered'),
      entry(3, 40, 'pending'),
      entry(4, 40, 'failed'),
      entry(5, 2, 'delivered'),
    ];
    await t.stores.unitOfWork.run((tx) => tx.webhookOutbox.enqueue(entries));
    for (const [i, days] of [
      [1, 40],
      [2, 31],
      [5, 2],
    ] as const) {
      await t.stores.webhooks.appendDelivery({
        id: `whdl_${i}`,
        endpointId: endpoint.id,
        messageId: `whmsg_${i}`,
        eventId: `evt_${i}`,
        attempt: 1,
        attemptedAt: daysAgo(days),
        status: 200,
        latencyMs: 5,
        responseSnippet: 'ok',
        outcome: 'delivered',
      });
    }
    expect(await t.roster.purgeEventHistory({ webhookHistoryDays: 35 })).toMatchObject({ webhookEntries: 1, webhookDeliveries: 1 });
    expect(await t.roster.purgeEventHistory()).toMatchObject({ webhookEntries: 1, webhookDeliveries: 1 });
    const log = await t.roster.webhooks.deliveries(admin, { endpointId: endpoint.id, limit: 10 });
    expect(log.map((one) => one.id)).toEqual(['whdl_5']);
    expect((await t.stores.webhooks.pendingEntries(endpoint.id, 10)).map((one) => one.id)).toEqual(['whmsg_3']);
    // The failed entry stays (a redeliver makes it pending again); the purged ones are gone.
    expect(await t.stores.webhooks.redeliver(endpoint.id, 'evt_4')).toBe(true);
    expect(await t.stores.webhooks.redeliver(endpoint.id, 'evt_1')).toBe(false);
  });

  it('refuses a batch size or an age that is not a positive integer', async () => {
    await expect(t.roster.purgeEventHistory({ batchSize: 0 })).rejects.toThrow('batchSize');
    await expect(t.roster.purgeEventHistory({ webhookHistoryDays: 0.5 })).rejects.toThrow('webhookHistoryDays');
  });
});
